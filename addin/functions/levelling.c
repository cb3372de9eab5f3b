/* SPDX-License-Identifier: MPL-2.0 */
/* YARD.LEVEL: the activity table, the demands and the capacities read cell
 * by cell; the network, the levelling and the dating in
 * scheduler/level-table.c. */
#include "addin/functions/functions.h"

#include "addin/call.h"
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

static gboolean one_column(const AddinRange *range, GError **error)
{
    if (range->cols <= 1)
        return TRUE;
    g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                "%s must be one column with a row per activity, not %u columns.",
                addin_arg_name(range->call, range->arg), range->cols);
    return FALSE;
}

static const char *cell_text(const AddinRange *range, guint row, GError **error)
{
    const char *text = addin_range_text(range, row, 0);
    if (text == NULL)
        g_set_error(error, YP_ERROR, YP_ERROR_INVALID, "%s, row %u is not valid text.",
                    addin_arg_name(range->call, range->arg), row + 1);
    return text;
}

static gboolean is_blank(const char *text)
{
    while (g_ascii_isspace(*text))
        text++;
    return *text == '\0';
}

/* A number cell, NaN when empty or blank, else an error naming the cell
 * and saying what it should hold. */
static gboolean cell_number(const AddinRange *range, guint row, guint col, const char *what,
                            double *out, GError **error)
{
    if (addin_range_number(range, row, col, out))
        return TRUE;
    const char *text = addin_range_text(range, row, col);
    if (addin_range_kind(range, row, col) == ADDIN_CELL_EMPTY || (text != NULL && is_blank(text))) {
        *out = NAN;
        return TRUE;
    }
    const char *name = addin_arg_name(range->call, range->arg);
    if (range->cols > 1 && range->rows > 1)
        g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                    "%s, row %u column %u must be %s, not \"%.40s\".", name, row + 1, col + 1, what,
                    text != NULL ? text : "?");
    else if (range->cols > 1)
        g_set_error(error, YP_ERROR, YP_ERROR_INVALID, "%s, column %u must be %s, not \"%.40s\".",
                    name, col + 1, what, text != NULL ? text : "?");
    else
        g_set_error(error, YP_ERROR, YP_ERROR_INVALID, "%s, row %u must be %s, not \"%.40s\".",
                    name, row + 1, what, text != NULL ? text : "?");
    return FALSE;
}

/* The table as yp_level_run() takes it, @used rows (the engine sees only
 * those) of @rows (the height of the result). The arrays belong to the
 * table, the texts to the call. */
typedef struct {
    guint rows;
    guint used;
    guint n_resources;
    const char **ids;
    double *durations;
    const char **predecessors;
    double *demands;
    double *capacities;
} Table;

static void table_clear(Table *t)
{
    g_free(t->ids);
    g_free(t->durations);
    g_free(t->predecessors);
    g_free(t->demands);
    g_free(t->capacities);
}

static gboolean read_table(AddinCall *call, Table *t, GError **error)
{
    AddinRange r[ARG_PREDECESSORS + 1], dem, cap;
    for (guint i = ARG_IDS; i <= ARG_PREDECESSORS; i++) {
        if (!addin_arg_range(call, i, &r[i], error) || !one_column(&r[i], error))
            return FALSE;
        t->rows = MAX(t->rows, r[i].rows);
        t->used = MAX(t->used, addin_range_used_rows(&r[i]));
    }
    if (!addin_arg_range(call, ARG_DEMANDS, &dem, error) ||
        !addin_arg_range(call, ARG_CAPACITIES, &cap, error))
        return FALSE;
    /* Capacities: one row, a column per resource; demands: a row per
     * activity and the same columns. */
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
    /* Demands below the table's last row are read too, so that a demand
     * without an activity is reported rather than ignored. */
    t->used = MAX(t->used, addin_range_used_rows(&dem));
    if (t->rows > YP_NETWORK_MAX_ROWS || t->used > YP_NETWORK_MAX_ROWS) {
        g_set_error(error, YP_ERROR, YP_ERROR_LIMIT,
                    "The table has %u rows; at most 1,048,576 are allowed.", MAX(t->rows, t->used));
        return FALSE;
    }
    const guint R = cap.cols;
    t->n_resources = R;
    t->capacities = g_new(double, R);
    for (guint k = 0; k < R; k++)
        if (!cell_number(&cap, 0, k, "a whole number of units", &t->capacities[k], error))
            return FALSE;
    t->ids = g_new(const char *, MAX(t->used, 1));
    t->durations = g_new(double, MAX(t->used, 1));
    t->predecessors = g_new(const char *, MAX(t->used, 1));
    t->demands = g_new(double, (gsize)MAX(t->used, 1) * R);
    for (guint row = 0; row < t->used; row++) {
        if ((t->ids[row] = cell_text(&r[ARG_IDS], row, error)) == NULL ||
            !cell_number(&r[ARG_DURATIONS], row, 0, "a number of working days", &t->durations[row],
                         error) ||
            (t->predecessors[row] = cell_text(&r[ARG_PREDECESSORS], row, error)) == NULL)
            return FALSE;
        for (guint k = 0; k < R; k++) {
            double *v = &t->demands[(gsize)row * R + k];
            if (row >= dem.rows)
                *v = NAN;
            else if (!cell_number(&dem, row, k, "a whole number of units", v, error))
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
        !addin_arg_int(call, ARG_EFFORT, YP_LEVEL_DEFAULT_EFFORT, 1, YP_LEVEL_MAX_EFFORT, &effort,
                       error) ||
        !addin_arg_text(call, ARG_FIELDS, "", &fields, error))
        return FALSE;

    Table t = { 0 };
    if (!read_table(call, &t, error)) {
        table_clear(&t);
        return FALSE;
    }
    g_autoptr(YpLevelTable) result =
        yp_level_run(t.ids, t.durations, t.predecessors, t.used, t.demands, t.n_resources,
                     t.capacities, calendar, dated ? start : 0, (guint)effort, fields, error);
    table_clear(&t);
    if (result == NULL)
        return FALSE;

    /* One row per row of the table ranges; blank rows stay empty. */
    AddinMatrix *m = addin_return_matrix(call, MAX(t.rows, 1), result->n_fields, error);
    if (m == NULL)
        return FALSE;
    for (gsize row = 0; row < result->n_rows && row < MAX(t.rows, 1); row++) {
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
