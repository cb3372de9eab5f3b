/* SPDX-License-Identifier: MPL-2.0 */
/* YARD.LEVEL: the activity table, the demands and the capacities read cell
 * by cell; the network, the levelling and the dating in
 * scheduler/level-table.c. */
#include "addin/functions/functions.h"

#include "addin/call.h"
#include "addin/functions/activity-table.h"
#include "scheduler/error.h"
#include "scheduler/level.h"
#include "scheduler/network.h"

#include <math.h>

enum {
    ARG_IDS,
    ARG_DURATIONS,
    ARG_PREDECESSORS,
    ARG_DEMANDS,
    ARG_CAPACITIES,
    ARG_START,
    ARG_WEEKEND,
    ARG_EXCEPTIONS,
    ARG_EFFORT,
    ARG_FIELDS,
};

/* The activity table, then the demands beside it (a row per activity, a
 * column per resource) and the capacities (one row, the same columns).
 * Demands below the last activity are read too, so that a demand without
 * an activity is reported rather than ignored. The arrays belong to the
 * table. */
typedef struct {
    AddinActivityTable activities;
    guint n_resources;
    double *demands;
    double *capacities;
} Table;

static void table_clear(Table *t)
{
    addin_activity_table_clear(&t->activities);
    g_clear_pointer(&t->demands, g_free);
    g_clear_pointer(&t->capacities, g_free);
}

#define UNITS "a whole number of units"

static gboolean read_table(AddinCall *call, Table *t, GError **error)
{
    const guint durations = ARG_DURATIONS;
    AddinRange dem, cap;
    if (!addin_activity_table_read(call, ARG_IDS, ARG_PREDECESSORS, &durations, 1,
                                   "a number of working days", ARG_DEMANDS, &t->activities,
                                   error) ||
        !addin_arg_range(call, ARG_DEMANDS, &dem, error) ||
        !addin_arg_range(call, ARG_CAPACITIES, &cap, error))
        return FALSE;
    if (cap.rows != 1 || cap.cols < 1) {
        g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                    "%s must be one row with a column per resource, not %u rows.",
                    addin_arg_name(call, ARG_CAPACITIES), cap.rows);
        return FALSE;
    }
    if (cap.cols > YP_LEVEL_MAX_RESOURCES) {
        g_set_error(error, YP_ERROR, YP_ERROR_LIMIT,
                    "%s has %u columns; resource levelling handles at most %u resources.",
                    addin_arg_name(call, ARG_CAPACITIES), cap.cols, YP_LEVEL_MAX_RESOURCES);
        return FALSE;
    }
    if (dem.cols != cap.cols) {
        g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                    "%s has %u columns but %s has %u; give one column per resource in both.",
                    addin_arg_name(call, ARG_DEMANDS), dem.cols,
                    addin_arg_name(call, ARG_CAPACITIES), cap.cols);
        return FALSE;
    }

    const guint R = cap.cols, used = t->activities.used;
    t->n_resources = R;
    t->capacities = g_new(double, R);
    for (guint k = 0; k < R; k++)
        if (!addin_range_number_or_nan(&cap, 0, k, UNITS, &t->capacities[k], error))
            return FALSE;
    t->demands = g_new(double, (gsize)MAX(used, 1) * R);
    for (guint row = 0; row < used; row++) {
        for (guint k = 0; k < R; k++) {
            if (!addin_range_number_or_nan(&dem, row, k, UNITS, &t->demands[(gsize)row * R + k],
                                           error))
                return FALSE;
        }
    }
    return TRUE;
}

gboolean addin_fn_level(AddinCall *call, GError **error)
{
    gboolean dated;
    YpDay start;
    gint64 effort;
    const char *fields;
    g_autoptr(YpCalendar) calendar = NULL;
    if (!addin_arg_date(call, ARG_START, &dated, &start, error) ||
        !addin_arg_calendar(call, ARG_WEEKEND, ARG_EXCEPTIONS, &calendar, error) ||
        !addin_arg_count(call, ARG_EFFORT, YP_LEVEL_DEFAULT_EFFORT, 1, YP_LEVEL_MAX_EFFORT, &effort,
                         error) ||
        !addin_arg_text(call, ARG_FIELDS, "", &fields, error))
        return FALSE;

    Table t = { 0 };
    const AddinActivityTable *a = &t.activities;
    g_autoptr(YpLevelTable) result =
        read_table(call, &t, error) ? yp_level_run(a->ids, a->numbers[0], a->predecessors, a->used,
                                                   t.demands, t.n_resources, t.capacities, calendar,
                                                   dated ? start : 0, (guint)effort, fields, error)
                                    : NULL;
    const guint rows = MAX(a->rows, 1);
    table_clear(&t);
    if (result == NULL)
        return FALSE;

    /* One row per row of the table ranges; blank rows stay empty. */
    AddinMatrix *m = addin_return_matrix(call, rows, result->n_fields, error);
    if (m == NULL)
        return FALSE;
    for (gsize row = 0; row < result->n_rows && row < rows; row++) {
        for (guint f = 0; f < result->n_fields; f++) {
            double v = result->values[row * result->n_fields + f];
            if (isnan(v))
                continue;
            gboolean is_date = result->dated && result->fields[f] != YP_LEVEL_DELAY;
            if (is_date ? !addin_matrix_set_date(m, (guint)row, f, (YpDay)v, error)
                        : !addin_matrix_set_number(m, (guint)row, f, v, error))
                return FALSE;
        }
    }
    return TRUE;
}
