/* SPDX-License-Identifier: MPL-2.0 */
#include "scheduler/spread.h"

#include <math.h>

#include "scheduler/error.h"

gboolean yp_spread_profile_parse(const char *text, YpProfile *out, GError **error)
{
    g_return_val_if_fail(out != NULL, FALSE);
    g_autofree char *t = g_strstrip(g_strdup(text != NULL ? text : ""));
    if (t[0] == '\0' || g_ascii_strcasecmp(t, "LINEAR") == 0)
        *out = YP_PROFILE_LINEAR;
    else if (g_ascii_strcasecmp(t, "FRONT") == 0)
        *out = YP_PROFILE_FRONT;
    else if (g_ascii_strcasecmp(t, "BACK") == 0)
        *out = YP_PROFILE_BACK;
    else if (g_ascii_strcasecmp(t, "S") == 0)
        *out = YP_PROFILE_S;
    else {
        g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                    "The profile \"%s\" is unknown; use LINEAR, FRONT, BACK or S.", t);
        return FALSE;
    }
    return TRUE;
}

double yp_spread_profile_cdf(YpProfile profile, double x)
{
    if (!(x > 0))
        return 0;
    if (x >= 1)
        return 1;
    /* Cumulative distributions of Beta(a, b) with small whole a, b, closed
     * form (any statistics text, e.g. Johnson, Kotz & Balakrishnan,
     * Continuous Univariate Distributions vol. 2, ch. 25). */
    switch (profile) {
    case YP_PROFILE_FRONT: /* Beta(1,2): density 2(1 - x) */
        return x * (2 - x);
    case YP_PROFILE_BACK: /* Beta(2,1): density 2x */
        return x * x;
    case YP_PROFILE_S: /* Beta(2,2): density 6x(1 - x) */
        return x * x * (3 - 2 * x);
    case YP_PROFILE_LINEAR: /* Beta(1,1): uniform */
    default:
        return x;
    }
}

/* Working days strictly before the day after @day. */
static gint64 ordinal_after(const YpCalendar *calendar, YpDay day)
{
    return yp_calendar_ordinal(calendar, day) + (yp_calendar_is_working(calendar, day) ? 1 : 0);
}

/* The first day after the last period: the last period is as long as the
 * one before it, in months when both start on the same day of the month
 * (day 1..28, so that day exists in every month), else in calendar days.
 * FALSE when that day lies past YP_DAY_LAST. */
static gboolean last_period_end(YpDay before, YpDay last, YpDay *end)
{
    GDate a, b;
    g_date_clear(&a, 1);
    g_date_clear(&b, 1);
    g_date_set_julian(&a, (guint32)before);
    g_date_set_julian(&b, (guint32)last);
    gint64 next;
    if (g_date_get_day(&a) == g_date_get_day(&b) && g_date_get_day(&a) <= 28) {
        int months = (g_date_get_year(&b) - g_date_get_year(&a)) * 12 +
                     ((int)g_date_get_month(&b) - (int)g_date_get_month(&a));
        g_date_add_months(&b, (guint)months);
        next = g_date_get_julian(&b);
    } else {
        next = (gint64)last + ((gint64)last - before);
    }
    if (next - 1 > YP_DAY_LAST)
        return FALSE;
    *end = (YpDay)next;
    return TRUE;
}

/* Index j of the period with periods[j] <= day < periods[j + 1] (periods
 * has m + 1 entries, the last being the end), or -1 outside them all. */
static gssize period_of_day(const YpDay *bounds, gsize m, YpDay day)
{
    if (day < bounds[0] || day >= bounds[m])
        return -1;
    gsize lo = 0, hi = m - 1;
    while (lo < hi) {
        gsize mid = lo + (hi - lo + 1) / 2;
        if (bounds[mid] <= day)
            lo = mid;
        else
            hi = mid - 1;
    }
    return (gssize)lo;
}

static gboolean check_activity(gsize row, YpDay start, YpDay finish, double amount,
                               const char *what, GError **error)
{
    if (!yp_day_is_supported(start)) {
        g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                    "Row %" G_GSIZE_FORMAT ": the start is not a date from 1583-01-01 to "
                    "9999-12-31.",
                    row + 1);
        return FALSE;
    }
    if (!yp_day_is_supported(finish)) {
        g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                    "Row %" G_GSIZE_FORMAT ": the finish is not a date from 1583-01-01 to "
                    "9999-12-31.",
                    row + 1);
        return FALSE;
    }
    if (finish < start) {
        char s[YP_DAY_FORMAT_SIZE], f[YP_DAY_FORMAT_SIZE];
        yp_day_format(start, s);
        yp_day_format(finish, f);
        g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                    "Row %" G_GSIZE_FORMAT ": the finish %s is before the start %s.", row + 1, f,
                    s);
        return FALSE;
    }
    if (!isfinite(amount)) {
        g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                    "Row %" G_GSIZE_FORMAT ": the %s is not a number.", row + 1, what);
        return FALSE;
    }
    return TRUE;
}

gboolean yp_spread_amounts(const YpCalendar *calendar, const YpDay *starts, const YpDay *finishes,
                           const double *amounts, gsize n, const YpDay *periods, gsize n_periods,
                           YpProfile profile, double *out, GError **error)
{
    g_return_val_if_fail(calendar != NULL, FALSE);
    g_return_val_if_fail(n == 0 || (starts && finishes && amounts), FALSE);
    g_return_val_if_fail(n_periods == 0 || (periods && out), FALSE);

    if (n > YP_SPREAD_MAX_ACTIVITIES || n_periods > YP_SPREAD_MAX_PERIODS) {
        g_set_error(
            error, YP_ERROR, YP_ERROR_LIMIT,
            "SPREAD takes at most %d activities and %d periods; it was given %" G_GSIZE_FORMAT
            " and %" G_GSIZE_FORMAT ".",
            YP_SPREAD_MAX_ACTIVITIES, YP_SPREAD_MAX_PERIODS, n, n_periods);
        return FALSE;
    }
    if (n_periods < 2) {
        g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                    "Give at least two period start dates: the last period is as long as the "
                    "one before it.");
        return FALSE;
    }
    for (gsize j = 0; j < n_periods; j++) {
        if (!yp_day_is_supported(periods[j])) {
            g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                        "Period %" G_GSIZE_FORMAT " does not start on a date from 1583-01-01 "
                        "to 9999-12-31.",
                        j + 1);
            return FALSE;
        }
        if (j > 0 && periods[j] <= periods[j - 1]) {
            char a[YP_DAY_FORMAT_SIZE], b[YP_DAY_FORMAT_SIZE];
            yp_day_format(periods[j - 1], a);
            yp_day_format(periods[j], b);
            g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                        "Period %" G_GSIZE_FORMAT " starts on %s, not after period %" G_GSIZE_FORMAT
                        " (%s); period starts must increase.",
                        j + 1, b, j, a);
            return FALSE;
        }
    }
    for (gsize i = 0; i < n; i++)
        if (!check_activity(i, starts[i], finishes[i], amounts[i], "amount", error))
            return FALSE;

    gsize m = n_periods;
    g_autofree YpDay *days = g_new(YpDay, m + 1);
    for (gsize j = 0; j < m; j++)
        days[j] = periods[j];
    if (!last_period_end(periods[m - 2], periods[m - 1], &days[m])) {
        g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                    "The last period would end after 9999-12-31; give earlier periods.");
        return FALSE;
    }
    /* Working-day ordinals of the period boundaries: the working days of
     * period j are the ordinals bounds[j] .. bounds[j + 1] - 1. */
    g_autofree gint64 *bounds = g_new(gint64, m + 1);
    for (gsize j = 0; j < m; j++)
        bounds[j] = yp_calendar_ordinal(calendar, days[j]);
    bounds[m] = ordinal_after(calendar, days[m] - 1);

    for (gsize j = 0; j < m; j++)
        out[j] = 0;

    for (gsize i = 0; i < n; i++) {
        double a = amounts[i];
        gint64 os = yp_calendar_ordinal(calendar, starts[i]);
        gint64 of = ordinal_after(calendar, finishes[i]);
        gint64 span = of - os;
        if (span <= 0) {
            /* No working day: the whole amount on its start. */
            gssize j = period_of_day(days, m, starts[i]);
            if (j >= 0)
                out[j] += a;
            continue;
        }
        if (of <= bounds[0] || os >= bounds[m])
            continue;
        /* First period whose working days reach past the activity's start. */
        gsize lo = 0, hi = m - 1;
        while (lo < hi) {
            gsize mid = lo + (hi - lo) / 2;
            if (bounds[mid + 1] > os)
                hi = mid;
            else
                lo = mid + 1;
        }
        /* What lands in period j is F(x at its end) - F(x at its start), x on
         * the activity's working-day scale: telescoping, so the parts add up
         * to the whole amount when the periods cover the activity. */
        double total = (double)span;
        double prev = bounds[lo] <= os
                          ? 0.0
                          : yp_spread_profile_cdf(profile, (double)(bounds[lo] - os) / total);
        for (gsize j = lo; j < m && bounds[j] < of; j++) {
            double cur = bounds[j + 1] >= of
                             ? 1.0
                             : yp_spread_profile_cdf(profile, (double)(bounds[j + 1] - os) / total);
            out[j] += a * (cur - prev);
            prev = cur;
        }
    }
    for (gsize j = 0; j < m; j++) {
        if (!isfinite(out[j])) {
            g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                        "Period %" G_GSIZE_FORMAT " adds up to more than can be represented.",
                        j + 1);
            return FALSE;
        }
    }
    return TRUE;
}

/* The fraction of an already validated activity done by the end of @date. */
static double fraction_done(const YpCalendar *calendar, YpDay date, YpDay start, YpDay finish,
                            YpProfile profile)
{
    gint64 os = yp_calendar_ordinal(calendar, start);
    gint64 span = ordinal_after(calendar, finish) - os;
    if (span <= 0)
        return date >= start ? 1.0 : 0.0;
    gint64 done = ordinal_after(calendar, date) - os;
    if (done <= 0)
        return 0.0;
    if (done >= span)
        return 1.0;
    return yp_spread_profile_cdf(profile, (double)done / (double)span);
}

gboolean yp_spread_fraction(const YpCalendar *calendar, YpDay date, YpDay start, YpDay finish,
                            YpProfile profile, double *out, GError **error)
{
    g_return_val_if_fail(calendar != NULL && out != NULL, FALSE);
    if (!yp_day_is_supported(date)) {
        g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                    "The date is not a date from 1583-01-01 to 9999-12-31.");
        return FALSE;
    }
    if (!yp_day_is_supported(start) || !yp_day_is_supported(finish)) {
        g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                    "The start and the finish must be dates from 1583-01-01 to 9999-12-31.");
        return FALSE;
    }
    if (finish < start) {
        char s[YP_DAY_FORMAT_SIZE], f[YP_DAY_FORMAT_SIZE];
        yp_day_format(start, s);
        yp_day_format(finish, f);
        g_set_error(error, YP_ERROR, YP_ERROR_INVALID, "The finish %s is before the start %s.", f,
                    s);
        return FALSE;
    }
    *out = fraction_done(calendar, date, start, finish, profile);
    return TRUE;
}

gboolean yp_spread_planned_value(const YpCalendar *calendar, const double *budgets,
                                 const YpDay *starts, const YpDay *finishes, gsize n, YpDay status,
                                 YpProfile profile, double *out, GError **error)
{
    g_return_val_if_fail(calendar != NULL && out != NULL, FALSE);
    g_return_val_if_fail(n == 0 || (budgets && starts && finishes), FALSE);
    if (n > YP_SPREAD_MAX_ACTIVITIES) {
        g_set_error(error, YP_ERROR, YP_ERROR_LIMIT,
                    "PV takes at most %d activities; it was given %" G_GSIZE_FORMAT ".",
                    YP_SPREAD_MAX_ACTIVITIES, n);
        return FALSE;
    }
    if (!yp_day_is_supported(status)) {
        g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                    "The status date is not a date from 1583-01-01 to 9999-12-31.");
        return FALSE;
    }
    for (gsize i = 0; i < n; i++)
        if (!check_activity(i, starts[i], finishes[i], budgets[i], "budget", error))
            return FALSE;
    /* Neumaier's compensated sum. */
    double sum = 0, comp = 0;
    for (gsize i = 0; i < n; i++) {
        double x = budgets[i] * fraction_done(calendar, status, starts[i], finishes[i], profile);
        double t = sum + x;
        comp += fabs(sum) >= fabs(x) ? (sum - t) + x : (x - t) + sum;
        sum = t;
    }
    double pv = sum + comp;
    if (!isfinite(pv)) {
        g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                    "The budgets add up to more than can be represented.");
        return FALSE;
    }
    *out = pv;
    return TRUE;
}
