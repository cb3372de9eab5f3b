/* SPDX-License-Identifier: MPL-2.0 */
/* YARD.SRA and YARD.CRITICALITY: the activity table and the percentiles
 * read cell by cell, the Monte Carlo in scheduler/risk.c. */
#include "addin/functions/functions.h"

#include "addin/call.h"
#include "addin/functions/activity-table.h"
#include "scheduler/error.h"
#include "scheduler/risk.h"

#include <math.h>

/* Argument positions shared by both functions. */
enum { ARG_IDS, ARG_OPTIMISTIC, ARG_LIKELY, ARG_PESSIMISTIC, ARG_PREDECESSORS, N_TABLE_ARGS };

static gboolean read_table(AddinCall *call, AddinActivityTable *t, GError **error)
{
    static const guint estimates[] = { ARG_OPTIMISTIC, ARG_LIKELY, ARG_PESSIMISTIC };
    return addin_activity_table_read(call, ARG_IDS, ARG_PREDECESSORS, estimates, 3,
                                     "a number of working days", G_MAXUINT, t, error);
}

static gboolean read_trials(AddinCall *call, guint arg, guint32 *out, GError **error)
{
    gint64 trials;
    if (!addin_arg_count(call, arg, YP_RISK_DEFAULT_TRIALS, YP_RISK_MIN_TRIALS, YP_RISK_MAX_TRIALS,
                         &trials, error))
        return FALSE;
    *out = (guint32)trials;
    return TRUE;
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
            return addin_range_fail(&pr, row, col, "a fraction above 0 and at most 1 (0.8 for P80)",
                                    error);
        }
    }

    AddinActivityTable t;
    gboolean ok = read_table(call, &t, error) &&
                  yp_risk_sra(t.ids, t.numbers[0], t.numbers[1], t.numbers[2], t.predecessors,
                              t.used, p, n_p, trials, calendar, dated ? start : 0, out, error);
    addin_activity_table_clear(&t);
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
    AddinActivityTable t;
    g_autofree double *out = NULL;
    gboolean ok = read_table(call, &t, error);
    if (ok) {
        out = g_new(double, MAX(t.used, 1));
        ok = yp_risk_criticality(t.ids, t.numbers[0], t.numbers[1], t.numbers[2], t.predecessors,
                                 t.used, trials, out, error);
    }
    addin_activity_table_clear(&t);
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
