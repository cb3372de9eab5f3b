/* SPDX-License-Identifier: MPL-2.0 */
/* YARD.CPM and YARD.CHECK: the activity table read cell by cell, the
 * network and the passes in scheduler/network.c and scheduler/cpm.c. */
#include "addin/functions/functions.h"

#include "addin/call.h"
#include "scheduler/cpm.h"
#include "scheduler/error.h"
#include "scheduler/network.h"

#include <math.h>

/* Argument positions: the table, then YARD.CPM's own. */
enum { ARG_IDS, ARG_DURATIONS, ARG_PREDECESSORS, N_TABLE_ARGS };
enum { CPM_START = N_TABLE_ARGS, CPM_WEEKEND, CPM_EXCEPTIONS, CPM_FIELDS };

/* The activity table as the engine takes it: @used rows up to the last
 * one holding anything (the engine sees only those), of @rows in the
 * tallest range (the height of the result). The arrays belong to the
 * table, the texts to the call. */
typedef struct {
    guint rows;
    guint used;
    const char **ids;
    double *durations; /* NaN for an empty cell */
    const char **predecessors;
} Table;

static void table_clear(Table *t)
{
    g_free(t->ids);
    g_free(t->durations);
    g_free(t->predecessors);
}

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

/* A duration cell: a number, NaN when empty or blank, else an error. */
static gboolean cell_duration(const AddinRange *range, guint row, double *out, GError **error)
{
    if (addin_range_number(range, row, 0, out))
        return TRUE;
    const char *text = addin_range_text(range, row, 0);
    if (addin_range_kind(range, row, 0) == ADDIN_CELL_EMPTY || (text != NULL && is_blank(text))) {
        *out = NAN;
        return TRUE;
    }
    g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                "%s, row %u must be a number of working days, not \"%.40s\".",
                addin_arg_name(range->call, range->arg), row + 1, text != NULL ? text : "?");
    return FALSE;
}

static gboolean read_table(AddinCall *call, Table *t, GError **error)
{
    AddinRange r[N_TABLE_ARGS];
    for (guint i = 0; i < N_TABLE_ARGS; i++) {
        if (!addin_arg_range(call, i, &r[i], error) || !one_column(&r[i], error))
            return FALSE;
        t->rows = MAX(t->rows, r[i].rows);
        t->used = MAX(t->used, addin_range_used_rows(&r[i]));
    }
    if (t->rows > YP_NETWORK_MAX_ROWS) {
        g_set_error(error, YP_ERROR, YP_ERROR_LIMIT,
                    "The table has %u rows; at most 1,048,576 are allowed.", t->rows);
        return FALSE;
    }
    t->ids = g_new(const char *, MAX(t->used, 1));
    t->durations = g_new(double, MAX(t->used, 1));
    t->predecessors = g_new(const char *, MAX(t->used, 1));
    for (guint row = 0; row < t->used; row++) {
        if ((t->ids[row] = cell_text(&r[ARG_IDS], row, error)) == NULL ||
            !cell_duration(&r[ARG_DURATIONS], row, &t->durations[row], error) ||
            (t->predecessors[row] = cell_text(&r[ARG_PREDECESSORS], row, error)) == NULL)
            return FALSE;
    }
    return TRUE;
}

gboolean addin_fn_cpm(AddinCall *call, GError **error)
{
    gboolean dated;
    YpDay start;
    const char *fields;
    g_autoptr(YpCalendar) calendar = NULL;
    if (!addin_arg_date(call, CPM_START, &dated, &start, error) ||
        !addin_arg_calendar(call, CPM_WEEKEND, CPM_EXCEPTIONS, &calendar, error) ||
        !addin_arg_text(call, CPM_FIELDS, "", &fields, error))
        return FALSE;

    Table t = { 0 };
    if (!read_table(call, &t, error)) {
        table_clear(&t);
        return FALSE;
    }
    g_autoptr(YpCpmTable) result = yp_cpm_run(t.ids, t.durations, t.predecessors, t.used, calendar,
                                              dated ? start : 0, fields, error);
    table_clear(&t);
    if (result == NULL)
        return FALSE;

    /* One row per row of the ranges; blank rows and rows past the last one
     * used stay empty. */
    AddinMatrix *m = addin_return_matrix(call, MAX(t.rows, 1), result->n_fields, error);
    if (m == NULL)
        return FALSE;
    for (gsize row = 0; row < result->n_rows; row++) {
        for (guint f = 0; f < result->n_fields; f++) {
            double v = result->values[row * result->n_fields + f];
            if (isnan(v))
                continue;
            YpCpmField field = result->fields[f];
            gboolean is_date = result->dated && field <= YP_CPM_LF;
            if (is_date ? !addin_matrix_set_date(m, (guint)row, f, (YpDay)v, error)
                        : !addin_matrix_set_number(m, (guint)row, f, v, error))
                return FALSE;
        }
    }
    return TRUE;
}

gboolean addin_fn_check(AddinCall *call, GError **error)
{
    /* Every problem of the table is the answer, not an error. */
    (void)error;
    Table t = { 0 };
    g_autoptr(GError) problem = NULL;
    if (!read_table(call, &t, &problem)) {
        table_clear(&t);
        addin_return_text(call, problem->message);
        return TRUE;
    }
    g_autofree char *message = yp_network_check(t.ids, t.durations, t.predecessors, t.used);
    table_clear(&t);
    addin_return_text(call, message);
    return TRUE;
}
