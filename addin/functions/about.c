/* SPDX-License-Identifier: MPL-2.0 */
#include "addin/functions/functions.h"

#include "addin/call.h"
#include "addin/version.h"

gboolean addin_fn_version(AddinCall *call, GError **error)
{
    (void)error;
    addin_return_text(call, YARDPLAN_VERSION);
    return TRUE;
}
