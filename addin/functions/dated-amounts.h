/* SPDX-License-Identifier: MPL-2.0 */
/* Activities as SPREAD and PV take them: a start, a finish and one amount
 * (or budget) per activity, in three vectors side by side. */
#pragma once

#include "addin/call.h"

/* Reads the three vectors up to the longest; the arrays are newly
 * allocated and the caller frees them with g_free(). */
gboolean addin_read_dated_amounts(AddinCall *call, guint starts_arg, guint finishes_arg,
                                  guint amounts_arg, YpDay **starts, YpDay **finishes,
                                  double **amounts, gsize *n, GError **error);
