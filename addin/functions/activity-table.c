/* SPDX-License-Identifier: MPL-2.0 */
#include "addin/functions/activity-table.h"

#include <string.h>

#include "scheduler/error.h"
#include "scheduler/network.h"

static gboolean one_column(const AddinRange *range, GError **error)
{
    if (range->cols <= 1)
        return TRUE;
    g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                "%s must be one column with a row per activity, not %u columns.",
                addin_arg_name(range->call, range->arg), range->cols);
    return FALSE;
}

static void count_rows(AddinActivityTable *t, const AddinRange *range)
{
    t->rows = MAX(t->rows, range->rows);
    t->used = MAX(t->used, addin_range_used_rows(range));
}

gboolean addin_activity_table_read(AddinCall *call, guint ids_arg, guint predecessors_arg,
                                   const guint *number_args, guint n_numbers, const char *wanted,
                                   guint extra_arg, AddinActivityTable *t, GError **error)
{
    memset(t, 0, sizeof *t);
    g_return_val_if_fail(n_numbers <= ADDIN_ACTIVITY_MAX_NUMBERS, FALSE);
    AddinRange ids, predecessors, numbers[ADDIN_ACTIVITY_MAX_NUMBERS], extra;
    t->n_numbers = n_numbers;
    if (!addin_arg_range(call, ids_arg, &ids, error) || !one_column(&ids, error) ||
        !addin_arg_range(call, predecessors_arg, &predecessors, error) ||
        !one_column(&predecessors, error))
        return FALSE;
    count_rows(t, &ids);
    count_rows(t, &predecessors);
    for (guint i = 0; i < n_numbers; i++) {
        if (!addin_arg_range(call, number_args[i], &numbers[i], error) ||
            !one_column(&numbers[i], error))
            return FALSE;
        count_rows(t, &numbers[i]);
    }
    if (extra_arg != G_MAXUINT) {
        if (!addin_arg_range(call, extra_arg, &extra, error))
            return FALSE;
        t->used = MAX(t->used, addin_range_used_rows(&extra));
    }
    if (MAX(t->rows, t->used) > YP_NETWORK_MAX_ROWS) {
        g_set_error(error, YP_ERROR, YP_ERROR_LIMIT,
                    "The table has %u rows; at most 1,048,576 are allowed.", MAX(t->rows, t->used));
        return FALSE;
    }

    t->ids = g_new(const char *, MAX(t->used, 1));
    t->predecessors = g_new(const char *, MAX(t->used, 1));
    for (guint i = 0; i < n_numbers; i++)
        t->numbers[i] = g_new(double, MAX(t->used, 1));
    /* A lone empty predecessor cell (0) can only mean none: an activity
     * cannot follow itself. */
    const gboolean no_predecessors = addin_range_lone_zero(&predecessors);
    for (guint row = 0; row < t->used; row++) {
        if (!addin_range_get_text(&ids, row, 0, &t->ids[row], error) ||
            !addin_range_get_text(&predecessors, row, 0, &t->predecessors[row], error))
            return FALSE;
        if (no_predecessors)
            t->predecessors[row] = "";
        for (guint i = 0; i < n_numbers; i++) {
            if (!addin_range_number_or_nan(&numbers[i], row, 0, wanted, &t->numbers[i][row], error))
                return FALSE;
        }
    }
    return TRUE;
}

void addin_activity_table_clear(AddinActivityTable *t)
{
    g_clear_pointer(&t->ids, g_free);
    g_clear_pointer(&t->predecessors, g_free);
    for (guint i = 0; i < ADDIN_ACTIVITY_MAX_NUMBERS; i++)
        g_clear_pointer(&t->numbers[i], g_free);
}
