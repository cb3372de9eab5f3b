/* SPDX-License-Identifier: MPL-2.0 */
#include "scheduler/error.h"

G_DEFINE_QUARK(yp-error-quark, yp_error)
