/* SPDX-License-Identifier: MPL-2.0 */
/* Unit tests of scheduler/spread: profiles, SPREAD, SCURVE, PV. Hand-worked
 * cases, and SPREAD against a deliberately naive per-day reference. */
#include <math.h>
#include <string.h>

#include "scheduler/error.h"
#include "scheduler/spread.h"
#include "tests/unit/testing.h"

static YpDay ymd(int y, int m, int d)
{
    GDate date;
    g_date_clear(&date, 1);
    g_date_set_dmy(&date, (GDateDay)d, (GDateMonth)m, (GDateYear)y);
    return (YpDay)g_date_get_julian(&date);
}

static YpCalendar *five_day_week(void)
{
    GError *error = NULL;
    YpCalendar *cal = yp_calendar_new(YP_WEEKEND_DEFAULT, NULL, 0, &error);
    ck_assert_msg(cal != NULL, "%s", error ? error->message : "");
    return cal;
}

START_TEST(test_profiles)
{
    /* Hand values at x = 0.5 and 0.3. */
    ck_assert_double_eq_tol(yp_spread_profile_cdf(YP_PROFILE_LINEAR, 0.3), 0.3, 1e-15);
    ck_assert_double_eq_tol(yp_spread_profile_cdf(YP_PROFILE_FRONT, 0.5), 0.75, 1e-15);
    ck_assert_double_eq_tol(yp_spread_profile_cdf(YP_PROFILE_BACK, 0.5), 0.25, 1e-15);
    ck_assert_double_eq_tol(yp_spread_profile_cdf(YP_PROFILE_S, 0.5), 0.5, 1e-15);
    /* S at 0.3: 3(0.09) - 2(0.027) = 0.216. */
    ck_assert_double_eq_tol(yp_spread_profile_cdf(YP_PROFILE_S, 0.3), 0.216, 1e-15);
    /* Clamped outside 0..1. */
    ck_assert_double_eq(yp_spread_profile_cdf(YP_PROFILE_S, -2), 0);
    ck_assert_double_eq(yp_spread_profile_cdf(YP_PROFILE_FRONT, 7), 1);
    /* Each CDF is the integral of its documented density (Simpson's rule,
     * exact for these polynomials of degree <= 3). */
    for (int p = YP_PROFILE_LINEAR; p <= YP_PROFILE_S; p++) {
        for (int k = 1; k <= 10; k++) {
            double x = k / 10.0, h = x / 2;
            double f0, f1, f2;
            double pts[3] = { 0, h, x }, f[3];
            for (int i = 0; i < 3; i++) {
                double t = pts[i];
                f[i] = p == YP_PROFILE_LINEAR  ? 1
                       : p == YP_PROFILE_FRONT ? 2 * (1 - t)
                       : p == YP_PROFILE_BACK  ? 2 * t
                                               : 6 * t * (1 - t);
            }
            f0 = f[0];
            f1 = f[1];
            f2 = f[2];
            double integral = h / 3 * (f0 + 4 * f1 + f2);
            ck_assert_double_eq_tol(yp_spread_profile_cdf((YpProfile)p, x), integral, 1e-14);
        }
    }
    YpProfile prof;
    ck_assert(yp_spread_profile_parse(" s ", &prof, NULL));
    ck_assert_int_eq(prof, YP_PROFILE_S);
    ck_assert(yp_spread_profile_parse("", &prof, NULL));
    ck_assert_int_eq(prof, YP_PROFILE_LINEAR);
    ck_assert(yp_spread_profile_parse(NULL, &prof, NULL));
    ck_assert_int_eq(prof, YP_PROFILE_LINEAR);
    ck_assert(yp_spread_profile_parse("Front", &prof, NULL));
    ck_assert_int_eq(prof, YP_PROFILE_FRONT);
    EXPECT_ERROR(yp_spread_profile_parse("BELL", &prof, &error), YP_ERROR_INVALID,
                 "profile \"BELL\" is unknown");
}
END_TEST

static void spread(const YpCalendar *cal, const YpDay *s, const YpDay *f, const double *a, gsize n,
                   const YpDay *p, gsize m, YpProfile profile, double *out)
{
    GError *error = NULL;
    ck_assert_msg(yp_spread_amounts(cal, s, f, a, n, p, m, profile, out, &error), "%s",
                  error ? error->message : "");
}

START_TEST(test_spread_by_hand)
{
    g_autoptr(YpCalendar) cal = five_day_week();
    /* Mon 2024-01-29 .. Fri 2024-02-09: 10 working days, 3 in January (29,
     * 30, 31) and 7 in February. Monthly periods Jan, Feb, Mar 2024. */
    YpDay s[] = { ymd(2024, 1, 29) }, f[] = { ymd(2024, 2, 9) };
    double a[] = { 1000 };
    YpDay p[] = { ymd(2024, 1, 1), ymd(2024, 2, 1), ymd(2024, 3, 1) };
    double out[3];
    /* LINEAR: 300 / 700. FRONT: F(0.3) = 0.51. BACK: F(0.3) = 0.09.
     * S: F(0.3) = 0.216. */
    spread(cal, s, f, a, 1, p, 3, YP_PROFILE_LINEAR, out);
    ck_assert_double_eq_tol(out[0], 300, 1e-9);
    ck_assert_double_eq_tol(out[1], 700, 1e-9);
    ck_assert_double_eq_tol(out[2], 0, 1e-9);
    spread(cal, s, f, a, 1, p, 3, YP_PROFILE_FRONT, out);
    ck_assert_double_eq_tol(out[0], 510, 1e-9);
    ck_assert_double_eq_tol(out[1], 490, 1e-9);
    spread(cal, s, f, a, 1, p, 3, YP_PROFILE_BACK, out);
    ck_assert_double_eq_tol(out[0], 90, 1e-9);
    ck_assert_double_eq_tol(out[1], 910, 1e-9);
    spread(cal, s, f, a, 1, p, 3, YP_PROFILE_S, out);
    ck_assert_double_eq_tol(out[0], 216, 1e-9);
    ck_assert_double_eq_tol(out[1], 784, 1e-9);

    /* A window: periods from February leave January's 300 out. */
    YpDay feb[] = { ymd(2024, 2, 1), ymd(2024, 3, 1) };
    spread(cal, s, f, a, 1, feb, 2, YP_PROFILE_LINEAR, out);
    ck_assert_double_eq_tol(out[0], 700, 1e-9);
    ck_assert_double_eq_tol(out[1], 0, 1e-9);

    /* Weekly periods: Mon 2024-01-01 .. Fri 2024-01-12 is 5 + 5 days. */
    YpDay s2[] = { ymd(2024, 1, 1) }, f2[] = { ymd(2024, 1, 12) };
    YpDay weeks[] = { ymd(2024, 1, 1), ymd(2024, 1, 8) };
    spread(cal, s2, f2, a, 1, weeks, 2, YP_PROFILE_LINEAR, out);
    ck_assert_double_eq_tol(out[0], 500, 1e-9);
    ck_assert_double_eq_tol(out[1], 500, 1e-9);
}
END_TEST

START_TEST(test_spread_milestones_and_last_period)
{
    g_autoptr(YpCalendar) cal = five_day_week();
    double out[3];
    /* A milestone on a working day, one on a Saturday, and a span with no
     * working day (Sat 2024-01-13 .. Sun 2024-01-14): all land whole in the
     * period of their start. */
    YpDay s[] = { ymd(2024, 1, 10), ymd(2024, 1, 6), ymd(2024, 1, 13) };
    YpDay f[] = { ymd(2024, 1, 10), ymd(2024, 1, 6), ymd(2024, 1, 14) };
    double a[] = { 10, 20, 40 };
    YpDay weeks[] = { ymd(2024, 1, 1), ymd(2024, 1, 8), ymd(2024, 1, 15) };
    spread(cal, s, f, a, 3, weeks, 3, YP_PROFILE_S, out);
    ck_assert_double_eq_tol(out[0], 20, 1e-12);
    ck_assert_double_eq_tol(out[1], 50, 1e-12);
    ck_assert_double_eq_tol(out[2], 0, 1e-12);

    /* Monthly periods Nov, Dec 2024: the last period is a month long, so a
     * payment on Tue 2024-12-31 falls in it. */
    YpDay ms[] = { ymd(2024, 12, 31) };
    double pay[] = { 99 };
    YpDay months[] = { ymd(2024, 11, 1), ymd(2024, 12, 1) };
    spread(cal, ms, ms, pay, 1, months, 2, YP_PROFILE_LINEAR, out);
    ck_assert_double_eq(out[0], 0);
    ck_assert_double_eq_tol(out[1], 99, 1e-12);
    /* Quarterly: Jan 15, Apr 15 -> the last runs to Jul 14. */
    YpDay quarters[] = { ymd(2024, 1, 15), ymd(2024, 4, 15) };
    YpDay q_in[] = { ymd(2024, 7, 12) }, q_out[] = { ymd(2024, 7, 15) };
    spread(cal, q_in, q_in, pay, 1, quarters, 2, YP_PROFILE_LINEAR, out);
    ck_assert_double_eq_tol(out[1], 99, 1e-12);
    spread(cal, q_out, q_out, pay, 1, quarters, 2, YP_PROFILE_LINEAR, out);
    ck_assert_double_eq(out[1], 0);
    /* Weekly: the last period is 7 days, Mon 2024-01-08 .. Sun 2024-01-14;
     * a payment on Mon 2024-01-15 is outside. */
    YpDay two_weeks[] = { ymd(2024, 1, 1), ymd(2024, 1, 8) };
    YpDay w_out[] = { ymd(2024, 1, 15) };
    spread(cal, w_out, w_out, pay, 1, two_weeks, 2, YP_PROFILE_LINEAR, out);
    ck_assert_double_eq(out[0] + out[1], 0);
    /* Period starts on the 30th are not month-aligned (day > 28): calendar
     * days, Jan 30 -> Mar 1 is 30 days... */
    YpDay late[] = { ymd(2023, 1, 30), ymd(2023, 3, 1) };
    /* ...so the last period is Mar 1 + 30 days = Mar 1 .. Mar 30. */
    YpDay l_in[] = { ymd(2023, 3, 30) }, l_out[] = { ymd(2023, 3, 31) };
    spread(cal, l_in, l_in, pay, 1, late, 2, YP_PROFILE_LINEAR, out);
    ck_assert_double_eq_tol(out[1], 99, 1e-12);
    spread(cal, l_out, l_out, pay, 1, late, 2, YP_PROFILE_LINEAR, out);
    ck_assert_double_eq(out[1], 0);
}
END_TEST

START_TEST(test_spread_holidays)
{
    /* 2024-02-05 a holiday, Saturday 2024-02-03 a working day (transfer):
     * Jan 29 .. Feb 9 still has 10 working days, 3 in January. With only the
     * holiday it has 9, 3 in January: 1000 x 3/9. */
    YpCalendarException ex[] = { { .day = ymd(2024, 2, 5), .working = FALSE },
                                 { .day = ymd(2024, 2, 3), .working = TRUE } };
    GError *error = NULL;
    g_autoptr(YpCalendar) both = yp_calendar_new(YP_WEEKEND_DEFAULT, ex, 2, &error);
    ck_assert(both != NULL);
    g_autoptr(YpCalendar) holiday = yp_calendar_new(YP_WEEKEND_DEFAULT, ex, 1, &error);
    ck_assert(holiday != NULL);
    YpDay s[] = { ymd(2024, 1, 29) }, f[] = { ymd(2024, 2, 9) };
    double a[] = { 1000 }, out[2];
    YpDay p[] = { ymd(2024, 1, 1), ymd(2024, 2, 1) };
    spread(holiday, s, f, a, 1, p, 2, YP_PROFILE_LINEAR, out);
    ck_assert_double_eq_tol(out[0], 1000.0 / 3, 1e-9);
    ck_assert_double_eq_tol(out[1], 2000.0 / 3, 1e-9);
    spread(both, s, f, a, 1, p, 2, YP_PROFILE_LINEAR, out);
    ck_assert_double_eq_tol(out[0], 300, 1e-9);
    ck_assert_double_eq_tol(out[1], 700, 1e-9);
}
END_TEST

START_TEST(test_spread_errors)
{
    g_autoptr(YpCalendar) cal = five_day_week();
    YpDay s[] = { ymd(2024, 1, 1), ymd(2024, 1, 10) }, f[] = { ymd(2024, 1, 5), ymd(2024, 1, 3) };
    double a[] = { 1, 1 }, out[3];
    YpDay p[] = { ymd(2024, 1, 1), ymd(2024, 2, 1), ymd(2024, 3, 1) };
    EXPECT_ERROR(yp_spread_amounts(cal, s, f, a, 2, p, 3, YP_PROFILE_LINEAR, out, &error),
                 YP_ERROR_INVALID, "Row 2: the finish 2024-01-03 is before the start 2024-01-10");
    YpDay f_ok[] = { ymd(2024, 1, 5), ymd(2024, 1, 12) };
    YpDay p_bad[] = { ymd(2024, 1, 1), ymd(2024, 3, 1), ymd(2024, 3, 1) };
    EXPECT_ERROR(yp_spread_amounts(cal, s, f_ok, a, 2, p_bad, 3, YP_PROFILE_LINEAR, out, &error),
                 YP_ERROR_INVALID, "Period 3 starts on 2024-03-01, not after period 2");
    EXPECT_ERROR(yp_spread_amounts(cal, s, f_ok, a, 2, p, 1, YP_PROFILE_LINEAR, out, &error),
                 YP_ERROR_INVALID, "at least two period start dates");
    double a_nan[] = { 1, NAN };
    EXPECT_ERROR(yp_spread_amounts(cal, s, f_ok, a_nan, 2, p, 3, YP_PROFILE_LINEAR, out, &error),
                 YP_ERROR_INVALID, "Row 2: the amount is not a number");
    YpDay s_bad[] = { ymd(2024, 1, 1), 12 };
    EXPECT_ERROR(yp_spread_amounts(cal, s_bad, f_ok, a, 2, p, 3, YP_PROFILE_LINEAR, out, &error),
                 YP_ERROR_INVALID, "Row 2: the start is not a date");
    YpDay p_last[] = { ymd(9999, 1, 1), ymd(9999, 12, 1) };
    EXPECT_ERROR(yp_spread_amounts(cal, s, f_ok, a, 2, p_last, 2, YP_PROFILE_LINEAR, out, &error),
                 YP_ERROR_INVALID, "after 9999-12-31");
    EXPECT_ERROR(yp_spread_amounts(cal, s, f_ok, a, YP_SPREAD_MAX_ACTIVITIES + 1, p, 3,
                                   YP_PROFILE_LINEAR, out, &error),
                 YP_ERROR_LIMIT, "at most");
}
END_TEST

/* The naive reference: walk every calendar day of every activity, give
 * working day k of N the amount A (F((k+1)/N) - F(k/N)) with the profile
 * formulas written out afresh, and find its period by a linear scan. */
static double ref_cdf(YpProfile p, double x)
{
    switch (p) {
    case YP_PROFILE_FRONT:
        return 2 * x - x * x;
    case YP_PROFILE_BACK:
        return x * x;
    case YP_PROFILE_S:
        return 3 * x * x - 2 * x * x * x;
    default:
        return x;
    }
}

static int ref_period(const YpDay *ends, int m, YpDay day)
{
    /* ends[0..m]: period j is ends[j] <= day < ends[j + 1]. */
    for (int j = 0; j < m; j++)
        if (day >= ends[j] && day < ends[j + 1])
            return j;
    return -1;
}

static void ref_spread(const YpCalendar *cal, const YpDay *s, const YpDay *f, const double *a,
                       int n, const YpDay *ends, int m, YpProfile profile, double *out)
{
    for (int j = 0; j < m; j++)
        out[j] = 0;
    for (int i = 0; i < n; i++) {
        int working = 0;
        for (YpDay d = s[i]; d <= f[i]; d++)
            working += yp_calendar_is_working(cal, d) ? 1 : 0;
        if (working == 0) {
            int j = ref_period(ends, m, s[i]);
            if (j >= 0)
                out[j] += a[i];
            continue;
        }
        int k = 0;
        for (YpDay d = s[i]; d <= f[i]; d++) {
            if (!yp_calendar_is_working(cal, d))
                continue;
            double part = a[i] * (ref_cdf(profile, (double)(k + 1) / working) -
                                  ref_cdf(profile, (double)k / working));
            k++;
            int j = ref_period(ends, m, d);
            if (j >= 0)
                out[j] += part;
        }
    }
}

START_TEST(test_spread_against_naive_reference)
{
    GRand *rand = g_rand_new_with_seed(77);
    for (int round = 0; round < 300; round++) {
        /* A random calendar: a mask with at least one working day, and a
         * few holidays and extra working days in 2024-2025. */
        YpWeekend mask = (YpWeekend)g_rand_int_range(rand, 0, 127);
        YpCalendarException ex[20];
        int n_ex = g_rand_int_range(rand, 0, 20);
        for (int e = 0; e < n_ex; e++) {
            ex[e].day = ymd(2024, 1, 1) + g_rand_int_range(rand, 0, 730);
            ex[e].working = g_rand_boolean(rand);
            for (int q = 0; q < e; q++)
                if (ex[q].day == ex[e].day)
                    ex[e].working = ex[q].working;
        }
        GError *error = NULL;
        g_autoptr(YpCalendar) cal = yp_calendar_new(mask, ex, (gsize)n_ex, &error);
        ck_assert_msg(cal != NULL, "%s", error ? error->message : "");

        /* Periods: monthly from a random month, or random gaps. */
        YpDay periods[40], ends[41];
        int m = g_rand_int_range(rand, 2, 40);
        gboolean monthly = g_rand_boolean(rand);
        int first_month = g_rand_int_range(rand, 1, 13);
        periods[0] = ymd(2024, first_month, 1);
        for (int j = 1; j < m; j++) {
            if (monthly) {
                int mm = first_month - 1 + j;
                periods[j] = ymd(2024 + mm / 12, mm % 12 + 1, 1);
            } else {
                periods[j] = periods[j - 1] + g_rand_int_range(rand, 1, 30);
            }
        }
        for (int j = 0; j < m; j++)
            ends[j] = periods[j];
        if (monthly) {
            int mm = first_month - 1 + m;
            ends[m] = ymd(2024 + mm / 12, mm % 12 + 1, 1);
        } else {
            ends[m] = periods[m - 1] + (periods[m - 1] - periods[m - 2]);
        }

        int n = g_rand_int_range(rand, 1, 60);
        YpDay s[60], f[60];
        double a[60], got[40], want[40], scale = 0;
        for (int i = 0; i < n; i++) {
            s[i] = periods[0] - 60 + g_rand_int_range(rand, 0, ends[m] - periods[0] + 120);
            f[i] = s[i] + (g_rand_int_range(rand, 0, 5) == 0 ? 0 : g_rand_int_range(rand, 0, 400));
            a[i] = g_rand_double_range(rand, -1000, 10000);
            scale += fabs(a[i]);
        }
        YpProfile profile = (YpProfile)g_rand_int_range(rand, 0, 4);
        spread(cal, s, f, a, (gsize)n, periods, (gsize)m, profile, got);
        ref_spread(cal, s, f, a, n, ends, m, profile, want);
        for (int j = 0; j < m; j++)
            ck_assert_msg(fabs(got[j] - want[j]) <= 1e-9 * scale,
                          "round %d period %d: %.12g vs %.12g", round, j, got[j], want[j]);
    }
    g_rand_free(rand);
}
END_TEST

START_TEST(test_scurve_and_pv)
{
    g_autoptr(YpCalendar) cal = five_day_week();
    YpDay s = ymd(2024, 1, 1), f = ymd(2024, 1, 12); /* 10 working days */
    double v;
    /* End of Fri 2024-01-05: 5 of 10 days done. */
    ck_assert(yp_spread_fraction(cal, ymd(2024, 1, 5), s, f, YP_PROFILE_LINEAR, &v, NULL));
    ck_assert_double_eq_tol(v, 0.5, 1e-15);
    ck_assert(yp_spread_fraction(cal, ymd(2024, 1, 5), s, f, YP_PROFILE_FRONT, &v, NULL));
    ck_assert_double_eq_tol(v, 0.75, 1e-15);
    ck_assert(yp_spread_fraction(cal, ymd(2024, 1, 5), s, f, YP_PROFILE_BACK, &v, NULL));
    ck_assert_double_eq_tol(v, 0.25, 1e-15);
    /* The weekend adds nothing. */
    ck_assert(yp_spread_fraction(cal, ymd(2024, 1, 7), s, f, YP_PROFILE_S, &v, NULL));
    ck_assert_double_eq_tol(v, 0.5, 1e-15);
    /* End of the first day: 1/10; S: 3(0.01) - 2(0.001) = 0.028. */
    ck_assert(yp_spread_fraction(cal, s, s, f, YP_PROFILE_S, &v, NULL));
    ck_assert_double_eq_tol(v, 0.028, 1e-15);
    ck_assert(yp_spread_fraction(cal, s - 1, s, f, YP_PROFILE_S, &v, NULL));
    ck_assert_double_eq(v, 0);
    ck_assert(yp_spread_fraction(cal, f, s, f, YP_PROFILE_S, &v, NULL));
    ck_assert_double_eq(v, 1);
    /* A milestone on a Sunday is done from the end of its day. */
    YpDay sunday = ymd(2024, 1, 7);
    ck_assert(yp_spread_fraction(cal, sunday - 1, sunday, sunday, YP_PROFILE_LINEAR, &v, NULL));
    ck_assert_double_eq(v, 0);
    ck_assert(yp_spread_fraction(cal, sunday, sunday, sunday, YP_PROFILE_LINEAR, &v, NULL));
    ck_assert_double_eq(v, 1);
    EXPECT_ERROR(yp_spread_fraction(cal, s, f, s, YP_PROFILE_LINEAR, &v, &error), YP_ERROR_INVALID,
                 "finish 2024-01-01 is before the start 2024-01-12");

    /* PV: 1000 over the 10 days above, 400 over Mon 2024-01-08 .. Fri
     * 2024-01-19 (10 days), status end of Wed 2024-01-10:
     * LINEAR 1000 x 8/10 + 400 x 3/10 = 920. */
    double budgets[] = { 1000, 400 };
    YpDay starts[] = { s, ymd(2024, 1, 8) }, finishes[] = { f, ymd(2024, 1, 19) };
    double pv = 0;
    ck_assert(yp_spread_planned_value(cal, budgets, starts, finishes, 2, ymd(2024, 1, 10),
                                      YP_PROFILE_LINEAR, &pv, NULL));
    ck_assert_double_eq_tol(pv, 920, 1e-9);
    /* BACK: 1000 x 0.64 + 400 x 0.09 = 676. */
    ck_assert(yp_spread_planned_value(cal, budgets, starts, finishes, 2, ymd(2024, 1, 10),
                                      YP_PROFILE_BACK, &pv, NULL));
    ck_assert_double_eq_tol(pv, 676, 1e-9);
    double bad[] = { 1000, INFINITY };
    EXPECT_ERROR(yp_spread_planned_value(cal, bad, starts, finishes, 2, ymd(2024, 1, 10),
                                         YP_PROFILE_LINEAR, &pv, &error),
                 YP_ERROR_INVALID, "Row 2: the budget is not a number");
}
END_TEST

/* PV at the end of a period equals what SPREAD puts in that period and all
 * the ones before, for activities that start inside the periods. */
START_TEST(test_pv_matches_cumulative_spread)
{
    g_autoptr(YpCalendar) cal = five_day_week();
    GRand *rand = g_rand_new_with_seed(5);
    YpDay periods[12];
    for (int j = 0; j < 12; j++)
        periods[j] = ymd(2025, j + 1, 1);
    YpDay s[50], f[50];
    double a[50], per[12];
    for (int i = 0; i < 50; i++) {
        s[i] = periods[0] + g_rand_int_range(rand, 0, 200);
        f[i] = s[i] + g_rand_int_range(rand, 0, 120);
        a[i] = g_rand_double_range(rand, 0, 5000);
    }
    for (int p = YP_PROFILE_LINEAR; p <= YP_PROFILE_S; p++) {
        spread(cal, s, f, a, 50, periods, 12, (YpProfile)p, per);
        double cum = 0;
        for (int j = 0; j < 11; j++) {
            cum += per[j];
            double pv = 0;
            ck_assert(yp_spread_planned_value(cal, a, s, f, 50, periods[j + 1] - 1, (YpProfile)p,
                                              &pv, NULL));
            ck_assert_double_eq_tol(pv, cum, 1e-7);
        }
    }
    g_rand_free(rand);
}
END_TEST

static Suite *spread_suite(void)
{
    Suite *s = suite_create("spread");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, test_profiles);
    tcase_add_test(tc, test_spread_by_hand);
    tcase_add_test(tc, test_spread_milestones_and_last_period);
    tcase_add_test(tc, test_spread_holidays);
    tcase_add_test(tc, test_spread_errors);
    tcase_add_test(tc, test_spread_against_naive_reference);
    tcase_add_test(tc, test_scurve_and_pv);
    tcase_add_test(tc, test_pv_matches_cumulative_spread);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return yp_test_run(spread_suite());
}
