/* SPDX-License-Identifier: MPL-2.0 */
#include "addin/functions/dated-amounts.h"

#include "scheduler/error.h"
#include "scheduler/spread.h"

gboolean addin_read_dated_amounts(AddinCall *call, guint starts_arg, guint finishes_arg,
                                  guint amounts_arg, YpDay **starts, YpDay **finishes,
                                  double **amounts, gsize *n, GError **error)
{
    AddinVector s, f, a;
    if (!addin_arg_vector(call, starts_arg, &s, error) ||
        !addin_arg_vector(call, finishes_arg, &f, error) ||
        !addin_arg_vector(call, amounts_arg, &a, error))
        return FALSE;
    guint count = MAX(MAX(s.n, f.n), a.n);
    if (count > YP_SPREAD_MAX_ACTIVITIES) {
        g_set_error(error, YP_ERROR, YP_ERROR_LIMIT, "There are %u activities; the limit is %d.",
                    count, YP_SPREAD_MAX_ACTIVITIES);
        return FALSE;
    }
    g_autofree YpDay *ss = g_new(YpDay, MAX(count, 1));
    g_autofree YpDay *ff = g_new(YpDay, MAX(count, 1));
    g_autofree double *aa = g_new(double, MAX(count, 1));
    for (guint i = 0; i < count; i++) {
        if (!addin_vector_date(&s, i, &ss[i], error) || !addin_vector_date(&f, i, &ff[i], error) ||
            !addin_vector_number(&a, i, &aa[i], error))
            return FALSE;
    }
    *starts = g_steal_pointer(&ss);
    *finishes = g_steal_pointer(&ff);
    *amounts = g_steal_pointer(&aa);
    *n = count;
    return TRUE;
}
