/* SPDX-License-Identifier: MPL-2.0 */
/* Entries of the progress section: SCURVE, PV, EVM, EARNEDSCHEDULE,
 * PROGRESS. */
#include "addin/functions/functions.h"

#include "addin/call.h"
#include "addin/functions/dated-amounts.h"
#include "scheduler/error.h"
#include "scheduler/progress.h"
#include "scheduler/spread.h"

#include <math.h>

/* SCURVE and PV have no calendar arguments: the default Monday-to-Friday
 * week without holidays (docs/progress.md). */
static YpCalendar *default_calendar(GError **error)
{
    return yp_calendar_new(YP_WEEKEND_DEFAULT, NULL, 0, error);
}

static gboolean read_profile(AddinCall *call, guint arg, YpProfile *out, GError **error)
{
    const char *text;
    return addin_arg_text(call, arg, "", &text, error) && yp_spread_profile_parse(text, out, error);
}

gboolean addin_fn_scurve(AddinCall *call, GError **error)
{
    YpDay date, start, finish;
    YpProfile profile;
    double fraction;
    if (!addin_arg_date(call, 0, NULL, &date, error) ||
        !addin_arg_date(call, 1, NULL, &start, error) ||
        !addin_arg_date(call, 2, NULL, &finish, error) || !read_profile(call, 3, &profile, error))
        return FALSE;
    g_autoptr(YpCalendar) calendar = default_calendar(error);
    return calendar != NULL &&
           yp_spread_fraction(calendar, date, start, finish, profile, &fraction, error) &&
           addin_return_number(call, fraction, error);
}

gboolean addin_fn_pv(AddinCall *call, GError **error)
{
    g_autofree YpDay *starts = NULL, *finishes = NULL;
    g_autofree double *budgets = NULL;
    gsize n;
    YpDay status;
    YpProfile profile;
    double pv;
    if (!addin_read_dated_amounts(call, 1, 2, 0, &starts, &finishes, &budgets, &n, error) ||
        !addin_arg_date(call, 3, NULL, &status, error) || !read_profile(call, 4, &profile, error))
        return FALSE;
    g_autoptr(YpCalendar) calendar = default_calendar(error);
    return calendar != NULL &&
           yp_spread_planned_value(calendar, budgets, starts, finishes, n, status, profile, &pv,
                                   error) &&
           addin_return_number(call, pv, error);
}

gboolean addin_fn_evm(AddinCall *call, GError **error)
{
    const char *metric_text;
    YpEvmMetric metric;
    double bac, pv, ev, ac, result;
    if (!addin_arg_text(call, 0, NULL, &metric_text, error) ||
        !yp_progress_evm_metric_parse(metric_text, &metric, error) ||
        !addin_arg_number(call, 1, 0, &bac, error) || !addin_arg_number(call, 2, 0, &pv, error) ||
        !addin_arg_number(call, 3, 0, &ev, error) || !addin_arg_number(call, 4, 0, &ac, error))
        return FALSE;
    return yp_progress_evm(metric, bac, pv, ev, ac, &result, error) &&
           addin_return_number(call, result, error);
}

gboolean addin_fn_earnedschedule(AddinCall *call, GError **error)
{
    AddinVector dates_v, pv_v;
    double ev, result;
    YpDay status;
    const char *metric_text;
    YpEsMetric metric;
    if (!addin_arg_vector(call, 0, &dates_v, error) || !addin_arg_vector(call, 1, &pv_v, error) ||
        !addin_arg_number(call, 2, 0, &ev, error) ||
        !addin_arg_date(call, 3, NULL, &status, error) ||
        !addin_arg_text(call, 4, "", &metric_text, error) ||
        !yp_progress_es_metric_parse(metric_text, &metric, error))
        return FALSE;
    guint n = MAX(dates_v.n, pv_v.n);
    if (n > YP_PROGRESS_MAX_POINTS) {
        g_set_error(error, YP_ERROR, YP_ERROR_LIMIT,
                    "The planned-value curve has %u points; the limit is %d.", n,
                    YP_PROGRESS_MAX_POINTS);
        return FALSE;
    }
    g_autofree YpDay *dates = g_new(YpDay, MAX(n, 1));
    g_autofree double *pv = g_new(double, MAX(n, 1));
    for (guint i = 0; i < n; i++) {
        if (!addin_vector_date(&dates_v, i, &dates[i], error) ||
            !addin_vector_number(&pv_v, i, &pv[i], error))
            return FALSE;
    }
    if (!yp_progress_earned_schedule(dates, pv, n, ev, status, metric, &result, error))
        return FALSE;
    if (metric == YP_ES_DATE || metric == YP_ES_IEAC)
        return addin_return_date_fraction(call, result, error); /* a date with its fraction */
    return addin_return_number(call, result, error);
}

gboolean addin_fn_progress(AddinCall *call, GError **error)
{
    AddinVector w, p;
    const char *method_text;
    YpCreditRule rule;
    double result;
    if (!addin_arg_vector(call, 0, &w, error) || !addin_arg_vector(call, 1, &p, error) ||
        !addin_arg_text(call, 2, "", &method_text, error) ||
        !yp_progress_credit_parse(method_text, &rule, error))
        return FALSE;
    guint n = MAX(w.n, p.n);
    if (n > YP_PROGRESS_MAX_ROWS) {
        g_set_error(error, YP_ERROR, YP_ERROR_LIMIT,
                    "PROGRESS takes at most %d rows; it was given %u.", YP_PROGRESS_MAX_ROWS, n);
        return FALSE;
    }
    g_autofree double *weights = g_new(double, MAX(n, 1));
    g_autofree double *percents = g_new(double, MAX(n, 1));
    for (guint i = 0; i < n; i++) {
        if (!addin_vector_number(&w, i, &weights[i], error) ||
            !addin_vector_number(&p, i, &percents[i], error))
            return FALSE;
    }
    return yp_progress_weighted(weights, percents, n, rule, &result, error) &&
           addin_return_number(call, result, error);
}
