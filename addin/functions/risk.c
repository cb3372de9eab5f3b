/* SPDX-License-Identifier: MPL-2.0 */
/* YARD.SRA and YARD.CRITICALITY: the activity table and the percentiles
 * read cell by cell, the Monte Carlo in scheduler/risk.c. */
#include "addin/functions/functions.h"

#include "addin/call.h"
#include "scheduler/error.h"
#include "scheduler/risk.h"

#include <math.h>

/* Argument positions shared by both functions. */
enum { ARG_IDS, ARG_OPTIMISTIC, ARG_LIKELY, ARG_PESSIMISTIC, ARG_PREDECESSORS, N_TABLE_ARGS };

/* The activity table as the engine takes it: @used rows up to the last
 * one holding anything (the engine sees only those), of @rows in the
 * tallest range (the height of YARD.CRITICALITY's result; cells below a
 * shorter range are empty). The arrays belong to the table, the texts to
 * the call. */
typedef struct {
    guint rows;
    guint used;
    const char **ids;
    const char **predecessors;
    double *points[3]; /* optimistic, likely, pessimistic; NaN when empty */
} Table;

static void table_clear(Table *t)
{
    g_free(t->ids);
    g_free(t->predecessors);
    for (int i = 0; i < 3; i++)
        g_free(t->points[i]);
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

/* A duration cell: a number, or NaN when empty. */
static gboolean cell_days(const AddinRange *range, guint row, double *out, GError **error)
{
    if (addin_range_kind(range, row, 0) == ADDIN_CELL_EMPTY) {
        *out = NAN;
        return TRUE;
    }
    if (addin_range_number(range, row, 0, out))
        return TRUE;
    const char *text = addin_range_text(range, row, 0);
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
    t->predecessors = g_new(const char *, MAX(t->used, 1));
    for (int i = 0; i < 3; i++)
        t->points[i] = g_new(double, MAX(t->used, 1));
    for (guint row = 0; row < t->used; row++) {
        if ((t->ids[row] = cell_text(&r[ARG_IDS], row, error)) == NULL ||
            (t->predecessors[row] = cell_text(&r[ARG_PREDECESSORS], row, error)) == NULL)
            return FALSE;
        for (int i = 0; i < 3; i++)
            if (!cell_days(&r[ARG_OPTIMISTIC + i], row, &t->points[i][row], error))
                return FALSE;
    }
    return TRUE;
}

/* The number of trials; a lone empty cell reaches the add-in as 0, which
 * is never a valid count, so 0 means the default as an omitted argument. */
static gboolean read_trials(AddinCall *call, guint arg, guint32 *out, GError **error)
{
    gint64 trials;
    if (addin_arg_kind(call, arg) == ADDIN_CELL_NUMBER) {
        double v;
        if (!addin_arg_number(call, arg, 0, &v, error))
            return FALSE;
        if (v == 0) {
            *out = YP_RISK_DEFAULT_TRIALS;
            return TRUE;
        }
    }
    if (!addin_arg_int(call, arg, YP_RISK_DEFAULT_TRIALS, YP_RISK_MIN_TRIALS, YP_RISK_MAX_TRIALS,
                       &trials, error))
        return FALSE;
    *out = (guint32)trials;
    return TRUE;
}

/* "Percentiles, row 2 holds "80"; ..." naming the cell as the call layer does. */
static gboolean fail_percentile(const AddinRange *range, guint row, guint col, GError **error)
{
    const char *name = addin_arg_name(range->call, range->arg);
    g_autofree char *where = NULL;
    if (range->rows <= 1 && range->cols <= 1)
        where = g_strdup(name);
    else if (range->cols == 1)
        where = g_strdup_printf("%s, row %u", name, row + 1);
    else if (range->rows == 1)
        where = g_strdup_printf("%s, column %u", name, col + 1);
    else
        where = g_strdup_printf("%s, row %u column %u", name, row + 1, col + 1);
    const char *text = addin_range_text(range, row, col);
    g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                "%s holds \"%.40s\"; give each percentile as a fraction above 0 and at most 1, "
                "e.g. 0.8 for P80.",
                where, text != NULL ? text : "?");
    return FALSE;
}

enum { SRA_PERCENTILES = N_TABLE_ARGS, SRA_TRIALS, SRA_START, SRA_WEEKEND, SRA_EXCEPTIONS };

gboolean addin_fn_sra(AddinCall *call, GError **error)
{
    AddinRange pr;
    guint32 trials;
    gboolean dated;
    YpDay start;
    g_autoptr(YpCalendar) calendar = NULL;
    if (!addin_arg_range(call, SRA_PERCENTILES, &pr, error) ||
        !read_trials(call, SRA_TRIALS, &trials, error) ||
        !addin_arg_date(call, SRA_START, &dated, &start, error) ||
        !addin_arg_calendar(call, SRA_WEEKEND, SRA_EXCEPTIONS, &calendar, error))
        return FALSE;

    /* The percentiles keep their shape; an empty cell among them gives an
     * empty cell, a lone empty cell (which arrives as 0) is refused. */
    gsize n_p = (gsize)pr.rows * pr.cols;
    if (n_p == 0) {
        g_set_error(error, YP_ERROR, YP_ERROR_INVALID, "%s is missing.",
                    addin_arg_name(call, SRA_PERCENTILES));
        return FALSE;
    }
    if (n_p > YP_RISK_MAX_PERCENTILES) {
        g_set_error(error, YP_ERROR, YP_ERROR_LIMIT,
                    "%s has %" G_GSIZE_FORMAT " cells; at most 1,048,576 are allowed.",
                    addin_arg_name(call, SRA_PERCENTILES), n_p);
        return FALSE;
    }
    g_autofree double *p = g_new(double, n_p);
    g_autofree double *out = g_new(double, n_p);
    for (guint row = 0; row < pr.rows; row++) {
        for (guint col = 0; col < pr.cols; col++) {
            double *v = &p[(gsize)row * pr.cols + col];
            if (addin_range_kind(&pr, row, col) == ADDIN_CELL_EMPTY) {
                *v = NAN;
                continue;
            }
            if (addin_range_number(&pr, row, col, v) && *v > 0 && *v <= 1)
                continue;
            return fail_percentile(&pr, row, col, error);
        }
    }

    Table t = { 0 };
    gboolean ok = read_table(call, &t, error) &&
                  yp_risk_sra(t.ids, t.points[0], t.points[1], t.points[2], t.predecessors, t.used,
                              p, n_p, trials, calendar, dated ? start : 0, out, error);
    table_clear(&t);
    if (!ok)
        return FALSE;

    if (n_p == 1 && !isnan(out[0]))
        return dated ? addin_return_date(call, (YpDay)out[0], error)
                     : addin_return_number(call, out[0], error);
    AddinMatrix *m = addin_return_matrix(call, pr.rows, pr.cols, error);
    if (m == NULL)
        return FALSE;
    for (guint row = 0; row < pr.rows; row++) {
        for (guint col = 0; col < pr.cols; col++) {
            double v = out[(gsize)row * pr.cols + col];
            if (isnan(v))
                continue;
            if (!(dated ? addin_matrix_set_date(m, row, col, (YpDay)v, error)
                        : addin_matrix_set_number(m, row, col, v, error)))
                return FALSE;
        }
    }
    return TRUE;
}

enum { CRITICALITY_TRIALS = N_TABLE_ARGS };

gboolean addin_fn_criticality(AddinCall *call, GError **error)
{
    guint32 trials;
    if (!read_trials(call, CRITICALITY_TRIALS, &trials, error))
        return FALSE;
    Table t = { 0 };
    g_autofree double *out = NULL;
    gboolean ok = read_table(call, &t, error);
    if (ok) {
        out = g_new(double, MAX(t.used, 1));
        ok = yp_risk_criticality(t.ids, t.points[0], t.points[1], t.points[2], t.predecessors,
                                 t.used, trials, out, error);
    }
    table_clear(&t);
    if (!ok)
        return FALSE;

    /* One row per row of the ranges; blank rows and rows past the last one
     * used stay empty. */
    AddinMatrix *m = addin_return_matrix(call, MAX(t.rows, 1), 1, error);
    if (m == NULL)
        return FALSE;
    for (guint row = 0; row < t.used; row++)
        if (!isnan(out[row]) && !addin_matrix_set_number(m, row, 0, out[row], error))
            return FALSE;
    return TRUE;
}
