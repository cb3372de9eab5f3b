/* SPDX-License-Identifier: MPL-2.0 */
/* Unit tests of scheduler/progress: EVM metrics, Earned Schedule, weighted
 * progress with rules of credit. Expected values are quoted from the cited
 * sources or worked by hand in the comments. */
#include <math.h>
#include <string.h>

#include "scheduler/error.h"
#include "scheduler/progress.h"
#include "tests/unit/testing.h"

static YpDay ymd(int y, int m, int d)
{
    GDate date;
    g_date_clear(&date, 1);
    g_date_set_dmy(&date, (GDateDay)d, (GDateMonth)m, (GDateYear)y);
    return (YpDay)g_date_get_julian(&date);
}

static double evm(const char *metric, double bac, double pv, double ev, double ac)
{
    YpEvmMetric m;
    GError *error = NULL;
    double out = NAN;
    ck_assert_msg(yp_progress_evm_metric_parse(metric, &m, &error), "%s",
                  error ? error->message : "");
    ck_assert_msg(yp_progress_evm(m, bac, pv, ev, ac, &out, &error), "%s",
                  error ? error->message : "");
    return out;
}

START_TEST(test_evm_by_hand)
{
    /* BAC 1000, PV 500, EV 400, AC 500:
     * CV = -100, SV = -100, CPI = 0.8, SPI = 0.8, EAC = 1000 / 0.8 = 1250,
     * ETC = 1250 - 500 = 750, VAC = 1000 - 1250 = -250,
     * TCPI = (1000 - 400) / (1000 - 500) = 1.2. */
    ck_assert_double_eq_tol(evm("CV", 1000, 500, 400, 500), -100, 1e-12);
    ck_assert_double_eq_tol(evm("sv", 1000, 500, 400, 500), -100, 1e-12);
    ck_assert_double_eq_tol(evm(" CPI ", 1000, 500, 400, 500), 0.8, 1e-15);
    ck_assert_double_eq_tol(evm("SPI", 1000, 500, 400, 500), 0.8, 1e-15);
    ck_assert_double_eq_tol(evm("EAC", 1000, 500, 400, 500), 1250, 1e-9);
    ck_assert_double_eq_tol(evm("ETC", 1000, 500, 400, 500), 750, 1e-9);
    ck_assert_double_eq_tol(evm("VAC", 1000, 500, 400, 500), -250, 1e-9);
    ck_assert_double_eq_tol(evm("TCPI", 1000, 500, 400, 500), 1.2, 1e-15);
    /* CV and SV do not need BAC. */
    ck_assert_double_eq_tol(evm("CV", 0, 500, 400, 500), -100, 1e-12);
}
END_TEST

START_TEST(test_evm_published)
{
    /* R package PRA (Govan), reference pages of spi() and eac(), examples
     * with their printed output: "bac <- 100000; schedule <- c(0.1, 0.2, 0.4,
     * 0.7, 1.0); time_period <- 3" gives PV = 40,000; "actual_per_complete
     * <- 0.35" gives EV = 35,000; "Schedule Performance Index (SPI): 0.875".
     * And "cpi <- 0.83; eac(bac, cpi = cpi)" prints "EAC (typical):
     * 120481.9" (here CPI 0.83 = EV 83,000 / AC 100,000). */
    ck_assert_double_eq_tol(evm("SPI", 100000, 40000, 35000, 30000), 0.875, 1e-15);
    ck_assert_double_eq_tol(evm("EAC", 100000, 40000, 83000, 100000), 120481.9, 0.05);
}
END_TEST

START_TEST(test_evm_errors)
{
    YpEvmMetric m;
    double out;
    EXPECT_ERROR(yp_progress_evm_metric_parse("EAC2", &m, &error), YP_ERROR_INVALID,
                 "metric \"EAC2\" is unknown");
    EXPECT_ERROR(yp_progress_evm_metric_parse("", &m, &error), YP_ERROR_INVALID, "unknown");
    EXPECT_ERROR(yp_progress_evm(YP_EVM_CPI, 100, 50, 40, 0, &out, &error), YP_ERROR_INVALID,
                 "AC is 0");
    EXPECT_ERROR(yp_progress_evm(YP_EVM_SPI, 100, 0, 40, 10, &out, &error), YP_ERROR_INVALID,
                 "PV is 0");
    EXPECT_ERROR(yp_progress_evm(YP_EVM_EAC, 100, 50, 0, 10, &out, &error), YP_ERROR_INVALID,
                 "CPI above 0");
    EXPECT_ERROR(yp_progress_evm(YP_EVM_VAC, 100, 50, 10, 0, &out, &error), YP_ERROR_INVALID,
                 "CPI above 0");
    EXPECT_ERROR(yp_progress_evm(YP_EVM_ETC, 0, 50, 40, 10, &out, &error), YP_ERROR_INVALID,
                 "BAC must be above 0");
    EXPECT_ERROR(yp_progress_evm(YP_EVM_TCPI, -5, 50, 40, 10, &out, &error), YP_ERROR_INVALID,
                 "BAC must be above 0");
    EXPECT_ERROR(yp_progress_evm(YP_EVM_TCPI, 100, 50, 40, 100, &out, &error), YP_ERROR_INVALID,
                 "once AC reaches BAC");
    EXPECT_ERROR(yp_progress_evm(YP_EVM_CV, 100, 50, -40, 10, &out, &error), YP_ERROR_INVALID,
                 "cannot be negative");
    EXPECT_ERROR(yp_progress_evm(YP_EVM_CV, 100, NAN, 40, 10, &out, &error), YP_ERROR_INVALID,
                 "must all be numbers");
    EXPECT_ERROR(yp_progress_evm(YP_EVM_CPI, 100, 50, 1e308, 1e-308, &out, &error),
                 YP_ERROR_INVALID, "too large");
}
END_TEST

static double es(const YpDay *dates, const double *pv, gsize n, double ev, YpDay status,
                 const char *metric)
{
    YpEsMetric m;
    GError *error = NULL;
    double out = NAN;
    ck_assert_msg(yp_progress_es_metric_parse(metric, &m, &error), "%s",
                  error ? error->message : "");
    ck_assert_msg(yp_progress_earned_schedule(dates, pv, n, ev, status, m, &out, &error), "%s",
                  error ? error->message : "");
    return out;
}

START_TEST(test_es_published_weekly)
{
    /* hksmnow.com, "Earned Schedule (ES)", example: "A project is at week 20
     * (AT = 20). The earned value achieved to date equals the planned value
     * that was scheduled for week 18. Therefore, ES = 18 weeks. SV(t) = 18 -
     * 20 = -2 weeks (behind schedule), and SPI(t) = 18 / 20 = 0.90."
     * Weekly PV points over a 30-week baseline, 100 a week. */
    YpDay start = ymd(2024, 1, 1), dates[31];
    double pv[31];
    for (int k = 0; k <= 30; k++) {
        dates[k] = start + 7 * k;
        pv[k] = 100.0 * k;
    }
    YpDay status = start + 7 * 20;
    ck_assert_double_eq_tol(es(dates, pv, 31, 1800, status, NULL), start + 7 * 18, 1e-9);
    ck_assert_double_eq_tol(es(dates, pv, 31, 1800, status, "SPIT"), 0.90, 1e-12);
    ck_assert_double_eq_tol(es(dates, pv, 31, 1800, status, "svt"), -14, 1e-9);
    /* IEAC(t) = PD / SPI(t) = 30 weeks / 0.9 = 233.33 days after the start. */
    ck_assert_double_eq_tol(es(dates, pv, 31, 1800, status, "IEAC"), start + 210 / 0.9, 1e-9);
}
END_TEST

START_TEST(test_es_lipke_figure)
{
    /* Lipke, "Schedule is Different" (The Measurable News, 2003), figure 1
     * and its box, as reprinted in Lipke's "Earned Schedule Concept": "ES =
     * Jan thru May + Portion of June", "ES = 5 + (EV - PV(May)) / (PV(June) -
     * PV(May))", "AT = 7". Here the monthly PV points are the starts of the
     * months of 2024 (cumulative PV through the month before), PV(May) = 500
     * on Jun 1, PV(June) = 650 on Jul 1, EV = 560: I = 60 / 150 = 0.4 of
     * June's 30 days = 12 days, so ES falls on Jun 1 + 12 = Jun 13. AT = 7
     * months = Jan 1 .. Aug 1 = 213 days; ES = 152 + 12 = 164 days;
     * SPI(t) = 164 / 213. PD = Jan 1 .. Dec 1 = 335 days (11 months,
     * J F M A M J J A S O N as in the figure); IEAC(t) = 335 x 213 / 164. */
    YpDay dates[12];
    double pv[12] = { 0, 40, 100, 200, 330, 500, 650, 780, 880, 950, 990, 1000 };
    for (int k = 0; k < 12; k++)
        dates[k] = ymd(2024, k + 1, 1);
    YpDay status = ymd(2024, 8, 1);
    ck_assert_double_eq_tol(es(dates, pv, 12, 560, status, "ES"), ymd(2024, 6, 13), 1e-9);
    ck_assert_double_eq_tol(es(dates, pv, 12, 560, status, "SPIT"), 164.0 / 213.0, 1e-12);
    ck_assert_double_eq_tol(es(dates, pv, 12, 560, status, "IEAC"),
                            ymd(2024, 1, 1) + 335.0 * 213.0 / 164.0, 1e-9);
    /* EV on a PV point gives that point; EV = BAC the planned finish. */
    ck_assert_double_eq_tol(es(dates, pv, 12, 500, status, "ES"), ymd(2024, 6, 1), 1e-9);
    ck_assert_double_eq_tol(es(dates, pv, 12, 1000, status, "ES"), ymd(2024, 12, 1), 1e-9);
}
END_TEST

START_TEST(test_es_flat_stretch)
{
    /* PV flat from day 10 to day 20 (a shutdown): with EV equal to the flat
     * value every period of the stretch counts as earned (Lipke's C counts
     * the periods whose PV does not exceed EV), so ES = day 20. EV = 150
     * then interpolates between day 20 (100) and day 30 (200): day 25. */
    YpDay d0 = ymd(2024, 3, 4);
    YpDay dates[] = { d0, d0 + 10, d0 + 20, d0 + 30 };
    double pv[] = { 0, 100, 100, 200 };
    ck_assert_double_eq_tol(es(dates, pv, 4, 100, d0 + 30, NULL), d0 + 20, 1e-9);
    ck_assert_double_eq_tol(es(dates, pv, 4, 150, d0 + 30, NULL), d0 + 25, 1e-9);
    /* EV a rounding above BAC counts as BAC. */
    ck_assert_double_eq_tol(es(dates, pv, 4, 200 * (1 + 1e-12), d0 + 30, NULL), d0 + 30, 1e-9);
}
END_TEST

START_TEST(test_es_errors)
{
    YpDay d0 = ymd(2024, 3, 4);
    YpDay dates[] = { d0, d0 + 10, d0 + 20 };
    double pv[] = { 0, 100, 200 }, out;
    YpEsMetric m;
    EXPECT_ERROR(yp_progress_es_metric_parse("SPI", &m, &error), YP_ERROR_INVALID,
                 "metric \"SPI\" is unknown");
    YpDay bad_dates[] = { d0, d0 + 10, d0 + 10 };
    EXPECT_ERROR(
        yp_progress_earned_schedule(bad_dates, pv, 3, 50, d0 + 5, YP_ES_DATE, &out, &error),
        YP_ERROR_INVALID, "PV date 3 (2024-03-14) is not after PV date 2");
    double down[] = { 0, 100, 90 };
    EXPECT_ERROR(yp_progress_earned_schedule(dates, down, 3, 50, d0 + 5, YP_ES_DATE, &out, &error),
                 YP_ERROR_INVALID, "Planned value 3 (90) is below planned value 2");
    EXPECT_ERROR(yp_progress_earned_schedule(dates, pv, 3, 201, d0 + 5, YP_ES_DATE, &out, &error),
                 YP_ERROR_INVALID, "more than the last planned value");
    double late_start[] = { 10, 100, 200 };
    EXPECT_ERROR(
        yp_progress_earned_schedule(dates, late_start, 3, 5, d0 + 5, YP_ES_DATE, &out, &error),
        YP_ERROR_INVALID, "below the first planned value");
    EXPECT_ERROR(yp_progress_earned_schedule(dates, pv, 3, 50, d0, YP_ES_SPIT, &out, &error),
                 YP_ERROR_INVALID, "after the baseline start");
    EXPECT_ERROR(yp_progress_earned_schedule(dates, pv, 3, 0, d0 + 5, YP_ES_IEAC, &out, &error),
                 YP_ERROR_INVALID, "no forecast finish");
    EXPECT_ERROR(yp_progress_earned_schedule(dates, pv, 1, 0, d0 + 5, YP_ES_DATE, &out, &error),
                 YP_ERROR_INVALID, "at least two");
    double flat[] = { 5, 5, 5 };
    EXPECT_ERROR(yp_progress_earned_schedule(dates, flat, 3, 5, d0 + 5, YP_ES_DATE, &out, &error),
                 YP_ERROR_INVALID, "never rise");
    EXPECT_ERROR(yp_progress_earned_schedule(dates, pv, 3, -1, d0 + 5, YP_ES_DATE, &out, &error),
                 YP_ERROR_INVALID, "EV is -1");
    /* SV(t) and ES need no positive AT. */
    ck_assert(yp_progress_earned_schedule(dates, pv, 3, 50, d0, YP_ES_SVT, &out, NULL));
    ck_assert_double_eq_tol(out, 5, 1e-12);
}
END_TEST

static double progress(const double *w, const double *p, gsize n, const char *method)
{
    YpCreditRule rule;
    GError *error = NULL;
    double out = NAN;
    ck_assert_msg(yp_progress_credit_parse(method, &rule, &error), "%s",
                  error ? error->message : "");
    ck_assert_msg(yp_progress_weighted(w, p, n, rule, &out, &error), "%s",
                  error ? error->message : "");
    return out;
}

START_TEST(test_progress_rules_of_credit)
{
    /* Weights 100, 200, 300, 400 (sum 1000); percents 0, 30%, 100%, 50%:
     * UNITS  (0 + 60 + 300 + 200) / 1000 = 0.56
     * 0/100  (0 + 0 + 300 + 0) / 1000   = 0.30
     * 50/50  (0 + 100 + 300 + 200) / 1000 = 0.60
     * 20/80  (0 + 40 + 300 + 80) / 1000  = 0.42 */
    double w[] = { 100, 200, 300, 400 }, p[] = { 0, 0.3, 1, 0.5 };
    ck_assert_double_eq_tol(progress(w, p, 4, NULL), 0.56, 1e-15);
    ck_assert_double_eq_tol(progress(w, p, 4, "units"), 0.56, 1e-15);
    ck_assert_double_eq_tol(progress(w, p, 4, "0/100"), 0.30, 1e-15);
    ck_assert_double_eq_tol(progress(w, p, 4, " 50/50 "), 0.60, 1e-15);
    ck_assert_double_eq_tol(progress(w, p, 4, "20/80"), 0.42, 1e-15);
    /* A zero weight counts for nothing. */
    double w0[] = { 0, 1 }, p0[] = { 1, 0.25 };
    ck_assert_double_eq_tol(progress(w0, p0, 2, ""), 0.25, 1e-15);
}
END_TEST

START_TEST(test_progress_errors)
{
    YpCreditRule rule;
    double out;
    double w[] = { 1, 2 }, p[] = { 0.5, 45 };
    EXPECT_ERROR(yp_progress_weighted(w, p, 2, YP_CREDIT_UNITS, &out, &error), YP_ERROR_INVALID,
                 "Row 2: the percent 45 is outside 0..1");
    double pn[] = { -0.1, 0.5 };
    EXPECT_ERROR(yp_progress_weighted(w, pn, 2, YP_CREDIT_UNITS, &out, &error), YP_ERROR_INVALID,
                 "Row 1: the percent -0.1");
    double wn[] = { 1, -2 }, ok[] = { 0.5, 0.5 };
    EXPECT_ERROR(yp_progress_weighted(wn, ok, 2, YP_CREDIT_UNITS, &out, &error), YP_ERROR_INVALID,
                 "Row 2: the weight -2");
    double wz[] = { 0, 0 };
    EXPECT_ERROR(yp_progress_weighted(wz, ok, 2, YP_CREDIT_UNITS, &out, &error), YP_ERROR_INVALID,
                 "add up to zero");
    EXPECT_ERROR(yp_progress_weighted(w, ok, 0, YP_CREDIT_UNITS, &out, &error), YP_ERROR_INVALID,
                 "at least one");
    EXPECT_ERROR(yp_progress_credit_parse("30/70", &rule, &error), YP_ERROR_INVALID,
                 "method \"30/70\" is unknown");
}
END_TEST

static Suite *progress_suite(void)
{
    Suite *s = suite_create("progress");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, test_evm_by_hand);
    tcase_add_test(tc, test_evm_published);
    tcase_add_test(tc, test_evm_errors);
    tcase_add_test(tc, test_es_published_weekly);
    tcase_add_test(tc, test_es_lipke_figure);
    tcase_add_test(tc, test_es_flat_stretch);
    tcase_add_test(tc, test_es_errors);
    tcase_add_test(tc, test_progress_rules_of_credit);
    tcase_add_test(tc, test_progress_errors);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return yp_test_run(progress_suite());
}
