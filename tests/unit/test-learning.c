/* SPDX-License-Identifier: MPL-2.0 */
/* Learning curves: hand-worked values, brute-force sums, high-precision
 * references (mpmath at 40 digits: Hurwitz zeta for Crawford sums, direct
 * powers for Wright, exact least squares for fits) and every error path. */
#include "scheduler/learning.h"
#include "scheduler/error.h"
#include "tests/unit/testing.h"

#include <math.h>
#include <string.h>

static double unit_value(double first, double unit, double rate, YpLearningModel model)
{
    double out = -1.0;
    g_autoptr(GError) error = NULL;
    ck_assert_msg(yp_learning_unit(first, unit, rate, model, &out, &error), "%s",
                  error ? error->message : "");
    return out;
}

static double total_value(double first, double from, double to, double rate, YpLearningModel model)
{
    double out = -1.0;
    g_autoptr(GError) error = NULL;
    ck_assert_msg(yp_learning_total(first, from, to, rate, model, &out, &error), "%s",
                  error ? error->message : "");
    return out;
}

/* The deliberately simple reference: every unit of the lot, one by one, in
 * long double with compensated (Neumaier) summation, so that it stays exact
 * enough where long double is no wider than double (under valgrind). */
static long double brute_crawford(double first, double from, double to, double rate)
{
    long double b = log2l((long double)rate);
    long double sum = 0.0L, compensation = 0.0L;
    for (double n = from; n <= to; n += 1.0) {
        long double term = powl((long double)n, b);
        long double t = sum + term;
        compensation += fabsl(sum) >= fabsl(term) ? (sum - t) + term : (term - t) + sum;
        sum = t;
    }
    return (long double)first * (sum + compensation);
}

static void assert_relative(double got, long double want, double tolerance)
{
    ck_assert_msg(fabsl((long double)got - want) <= tolerance * fabsl(want),
                  "got %.17g, want %.17Lg", got, want);
}

START_TEST(test_model_parse)
{
    YpLearningModel model = YP_LEARNING_CUMAVG;
    ck_assert(yp_learning_model_parse(NULL, &model, NULL));
    ck_assert_int_eq(model, YP_LEARNING_UNIT);
    model = YP_LEARNING_CUMAVG;
    ck_assert(yp_learning_model_parse("  ", &model, NULL));
    ck_assert_int_eq(model, YP_LEARNING_UNIT);
    ck_assert(yp_learning_model_parse(" cumAvg ", &model, NULL));
    ck_assert_int_eq(model, YP_LEARNING_CUMAVG);
    ck_assert(yp_learning_model_parse("unit", &model, NULL));
    ck_assert_int_eq(model, YP_LEARNING_UNIT);

    g_autoptr(GError) error = NULL;
    ck_assert(!yp_learning_model_parse("wright", &model, &error));
    ck_assert(g_error_matches(error, YP_ERROR, YP_ERROR_INVALID));
    ck_assert_ptr_nonnull(strstr(error->message, "\"wright\""));
}
END_TEST

/* Crawford, first 100, 80 %: each doubling multiplies the unit by 0.8. */
START_TEST(test_crawford_hand)
{
    ck_assert_double_eq_tol(unit_value(100, 1, 0.8, YP_LEARNING_UNIT), 100.0, 1e-12);
    ck_assert_double_eq_tol(unit_value(100, 2, 0.8, YP_LEARNING_UNIT), 80.0, 1e-12);
    ck_assert_double_eq_tol(unit_value(100, 4, 0.8, YP_LEARNING_UNIT), 64.0, 1e-12);
    ck_assert_double_eq_tol(unit_value(100, 8, 0.8, YP_LEARNING_UNIT), 51.2, 1e-12);
    /* 100 + 80 + 100 * 3^log2(0.8) + 64, with 3^log2(0.8) = 0.70210370... */
    ck_assert_double_eq_tol(total_value(100, 1, 4, 0.8, YP_LEARNING_UNIT), 314.21037027785603,
                            1e-11);
    /* 50 %: harmonic numbers, 12 * H_4 = 12 * 25/12. */
    ck_assert_double_eq_tol(total_value(12, 1, 4, 0.5, YP_LEARNING_UNIT), 25.0, 1e-12);
    /* No learning: every unit costs the first. */
    ck_assert_double_eq_tol(total_value(7.5, 3, 10002, 1.0, YP_LEARNING_UNIT), 75000.0, 1e-9);
    ck_assert_double_eq(unit_value(7.5, 1e9, 1.0, YP_LEARNING_UNIT), 7.5);
}
END_TEST

/* Wright, first 100, 80 %: cumulative averages 100, 80, 64, 51.2 at units
 * 1, 2, 4, 8, so totals 100, 160, 256, 409.6. */
START_TEST(test_wright_hand)
{
    ck_assert_double_eq_tol(unit_value(100, 1, 0.8, YP_LEARNING_CUMAVG), 100.0, 1e-12);
    ck_assert_double_eq_tol(unit_value(100, 2, 0.8, YP_LEARNING_CUMAVG), 60.0, 1e-12);
    ck_assert_double_eq_tol(total_value(100, 1, 2, 0.8, YP_LEARNING_CUMAVG), 160.0, 1e-12);
    ck_assert_double_eq_tol(total_value(100, 1, 4, 0.8, YP_LEARNING_CUMAVG), 256.0, 1e-12);
    ck_assert_double_eq_tol(total_value(100, 3, 4, 0.8, YP_LEARNING_CUMAVG), 96.0, 1e-12);
    ck_assert_double_eq_tol(total_value(100, 5, 8, 0.8, YP_LEARNING_CUMAVG), 153.6, 1e-11);
    ck_assert_double_eq_tol(total_value(100, 1, 8, 0.8, YP_LEARNING_CUMAVG), 409.6, 1e-11);
    /* 50 %: the cumulative total never grows, later units cost nothing. */
    ck_assert_double_eq_tol(unit_value(100, 5, 0.5, YP_LEARNING_CUMAVG), 0.0, 1e-12);
    ck_assert_double_eq_tol(total_value(100, 1, 1000, 0.5, YP_LEARNING_CUMAVG), 100.0, 1e-12);
    ck_assert_double_eq_tol(total_value(2, 11, 20, 1.0, YP_LEARNING_CUMAVG), 20.0, 1e-12);
}
END_TEST

static const double rates[] = { 0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 0.99, 0.999 };

/* Lots short and long, across the head/tail boundary at unit 20, and lots
 * of one unit. */
static const double lots[][2] = {
    { 1, 1 },     { 7, 7 },        { 20, 20 },     { 1, 19 },       { 1, 20 },
    { 1, 21 },    { 19, 22 },      { 20, 40 },     { 1, 25 },       { 3, 1000 },
    { 1, 10000 }, { 9991, 10000 }, { 100, 10099 }, { 5000, 15000 }, { 25, 26 },
};

START_TEST(test_crawford_brute_force)
{
    for (gsize r = 0; r < G_N_ELEMENTS(rates); r++) {
        for (gsize l = 0; l < G_N_ELEMENTS(lots); l++) {
            double from = lots[l][0], to = lots[l][1];
            double got = total_value(3.25, from, to, rates[r], YP_LEARNING_UNIT);
            assert_relative(got, brute_crawford(3.25, from, to, rates[r]), 2e-15);
        }
    }
}
END_TEST

/* A lot of one unit is that unit, for both models and many unit numbers. */
START_TEST(test_single_unit_lots)
{
    const double units[] = { 1, 2, 3, 19, 20, 21, 64, 1000, 99991, 123456789, 1e9 };
    for (gsize r = 0; r < G_N_ELEMENTS(rates); r++) {
        for (gsize u = 0; u < G_N_ELEMENTS(units); u++) {
            for (int m = 0; m < 2; m++) {
                YpLearningModel model = m ? YP_LEARNING_CUMAVG : YP_LEARNING_UNIT;
                double one = unit_value(40, units[u], rates[r], model);
                double lot = total_value(40, units[u], units[u], rates[r], model);
                assert_relative(lot, one, 1e-13);
            }
        }
    }
}
END_TEST

/* Wright's units add up to the closed-form total; the unit values come from
 * a different formula (one difference each), summed one by one. */
START_TEST(test_wright_units_add_up)
{
    for (gsize r = 0; r < G_N_ELEMENTS(rates); r++) {
        long double sum = 0.0L;
        for (double n = 1; n <= 10000; n += 1.0)
            sum += unit_value(5, n, rates[r], YP_LEARNING_CUMAVG);
        /* T(10000) = 5 * 10000 * 10000^b. */
        long double want = 5.0L * powl(10000.0L, log2l(rates[r]) + 1.0L);
        assert_relative(total_value(5, 1, 10000, rates[r], YP_LEARNING_CUMAVG), want, 1e-14);
        assert_relative((double)sum, want, 1e-12);
    }
}
END_TEST

/* Lots up to a billion units against mpmath: Crawford as
 * zeta(-b, from) - zeta(-b, to + 1) (digamma at b = -1), Wright as
 * first (to^(b+1) - (from-1)^(b+1)). The tolerance of 2e-15 (9 ulp) is the
 * conditioning: half an ulp of b = log2(rate) moves n^b by |b| ln(n) / 2 ulp,
 * up to 10 ulp at a billion units. */
START_TEST(test_large_lots)
{
    assert_relative(total_value(1, 1, 1e9, 0.9, YP_LEARNING_UNIT), 50533326.22299451290018356L,
                    2e-15);
    assert_relative(total_value(1, 1, 1e9, 0.5, YP_LEARNING_UNIT), 21.3004815023479440166851L,
                    2e-15);
    assert_relative(total_value(250, 1, 10000, 0.85, YP_LEARNING_UNIT), 376620.3289832134769440136L,
                    2e-15);
    assert_relative(total_value(3.5, 5000, 15000, 0.75, YP_LEARNING_UNIT),
                    786.5279217773399441963613L, 2e-15);
    assert_relative(total_value(1, 123456789, 1e9, 0.95, YP_LEARNING_UNIT),
                    199431478.0187412574585071L, 2e-15);
    assert_relative(total_value(1, 999999999, 1e9, 0.8, YP_LEARNING_UNIT),
                    0.002533244694428160491827888L, 2e-15);
    assert_relative(total_value(1, 1, 1e9, 0.99999, YP_LEARNING_UNIT), 999715492.5829489188422058L,
                    2e-15);
    assert_relative(total_value(1, 1, 1e9, 0.5000001, YP_LEARNING_UNIT),
                    21.30054343853410031248562L, 2e-15);
    assert_relative(total_value(1, 21, 21, 0.7, YP_LEARNING_UNIT), 0.2087475669745706940903103L,
                    2e-15);
    assert_relative(unit_value(1, 1e9, 0.6, YP_LEARNING_UNIT), 0.0000002329751781526112637817638L,
                    2e-15);

    assert_relative(total_value(100, 999999000, 1e9, 0.85, YP_LEARNING_CUMAVG),
                    594.5819939669447126136175L, 2e-15);
    assert_relative(total_value(1, 2, 1e9, 0.9, YP_LEARNING_CUMAVG), 42852103.86247968685029886L,
                    2e-15);
    assert_relative(unit_value(7, 1e9, 0.8, YP_LEARNING_CUMAVG), 0.006012027196235846127319228L,
                    2e-15);
}
END_TEST

static void assert_invalid_unit(double first, double unit, double rate, YpLearningModel model,
                                const char *fragment)
{
    double out = 12345.0;
    g_autoptr(GError) error = NULL;
    ck_assert(!yp_learning_unit(first, unit, rate, model, &out, &error));
    ck_assert(g_error_matches(error, YP_ERROR, YP_ERROR_INVALID));
    ck_assert_msg(strstr(error->message, fragment) != NULL, "%s", error->message);
    ck_assert_double_eq(out, 12345.0);
}

static void assert_invalid_total(double first, double from, double to, double rate,
                                 const char *fragment)
{
    double out = 12345.0;
    g_autoptr(GError) error = NULL;
    ck_assert(!yp_learning_total(first, from, to, rate, YP_LEARNING_UNIT, &out, &error));
    ck_assert(g_error_matches(error, YP_ERROR, YP_ERROR_INVALID));
    ck_assert_msg(strstr(error->message, fragment) != NULL, "%s", error->message);
    ck_assert_double_eq(out, 12345.0);
}

START_TEST(test_bad_arguments)
{
    assert_invalid_unit(0, 3, 0.9, YP_LEARNING_UNIT, "first-unit value 0");
    assert_invalid_unit(-5, 3, 0.9, YP_LEARNING_CUMAVG, "first-unit value -5");
    assert_invalid_unit(NAN, 3, 0.9, YP_LEARNING_UNIT, "first-unit value");
    assert_invalid_unit(10, 0, 0.9, YP_LEARNING_UNIT, "unit number 0");
    assert_invalid_unit(10, 2.5, 0.9, YP_LEARNING_UNIT, "unit number 2.5");
    assert_invalid_unit(10, 1e9 + 1, 0.9, YP_LEARNING_UNIT, "1000000000");
    assert_invalid_unit(10, INFINITY, 0.9, YP_LEARNING_UNIT, "unit number");
    assert_invalid_unit(10, 3, 1.01, YP_LEARNING_UNIT, "rate 1.01");
    assert_invalid_unit(10, 3, 90, YP_LEARNING_UNIT, "rate 90");
    assert_invalid_unit(10, 3, 0.1, YP_LEARNING_CUMAVG, "rate 0.1");
    assert_invalid_unit(10, 3, 0.4999, YP_LEARNING_UNIT, "0.5 to 1");
    assert_invalid_unit(10, 3, 0, YP_LEARNING_UNIT, "rate 0");
    assert_invalid_unit(10, 3, NAN, YP_LEARNING_UNIT, "rate");

    assert_invalid_total(10, 5, 4, 0.9, "from unit 5 to unit 4");
    assert_invalid_total(10, 0, 4, 0.9, "first unit of the lot 0");
    assert_invalid_total(10, 1, 4.5, 0.9, "last unit of the lot 4.5");
    assert_invalid_total(10, 1, 2e9, 0.9, "last unit of the lot");
    assert_invalid_total(0, 1, 4, 0.9, "first-unit value");
    assert_invalid_total(10, 1, 4, 1.5, "rate 1.5");
    /* A billion units of 1e300 hours: too large for a double. */
    assert_invalid_total(1e300, 1, 1e9, 1.0, "too large");
}
END_TEST

static YpLearningFit fit_ok(const double *units, const double *values, gsize n,
                            YpLearningModel model)
{
    YpLearningFit fit = { 0, 0, 0 };
    g_autoptr(GError) error = NULL;
    ck_assert_msg(yp_learning_fit(units, n, values, n, model, &fit, &error), "%s",
                  error ? error->message : "");
    return fit;
}

START_TEST(test_fit_exact_unit)
{
    double units[10], values[10];
    for (int i = 0; i < 10; i++) {
        units[i] = 3 * i + 1;
        values[i] = 250.0 * pow(units[i], log2(0.85));
    }
    YpLearningFit fit = fit_ok(units, values, 10, YP_LEARNING_UNIT);
    ck_assert_double_eq_tol(fit.first, 250.0, 1e-10);
    ck_assert_double_eq_tol(fit.rate, 0.85, 1e-13);
    ck_assert_double_eq_tol(fit.r2, 1.0, 1e-13);
}
END_TEST

/* Unit hours of a Wright curve (first 400, 90 %), listed out of order: the
 * cumulative averages lie exactly on 400 n^b. */
START_TEST(test_fit_exact_cumavg)
{
    const int order[8] = { 3, 1, 8, 2, 7, 5, 4, 6 };
    double units[8], values[8];
    long double c = log2l(0.9L) + 1.0L;
    for (int i = 0; i < 8; i++) {
        long double n = order[i];
        units[i] = order[i];
        values[i] = (double)(400.0L * (powl(n, c) - powl(n - 1.0L, c)));
    }
    YpLearningFit fit = fit_ok(units, values, 8, YP_LEARNING_CUMAVG);
    ck_assert_double_eq_tol(fit.first, 400.0, 1e-10);
    ck_assert_double_eq_tol(fit.rate, 0.9, 1e-13);
    ck_assert_double_eq_tol(fit.r2, 1.0, 1e-13);

    /* The same hours read as Crawford unit values do not lie on one line. */
    YpLearningFit unit_fit = fit_ok(units, values, 8, YP_LEARNING_UNIT);
    ck_assert(unit_fit.r2 < 0.9999);
}
END_TEST

/* Noisy data; the answers are the exact least-squares line computed with
 * mpmath at 40 digits (R^2 = 1 - SSres / SStot). */
START_TEST(test_fit_noisy)
{
    const double units[6] = { 1, 2, 3, 5, 8, 13 };
    const double values[6] = { 100, 83, 77, 64, 59, 50 };
    YpLearningFit fit = fit_ok(units, values, 6, YP_LEARNING_UNIT);
    ck_assert_double_eq_tol(fit.first, 100.59456710664248988, 1e-11);
    ck_assert_double_eq_tol(fit.rate, 0.83089139270136344405, 1e-14);
    ck_assert_double_eq_tol(fit.r2, 0.99385148758931823712, 1e-14);

    /* Two readings each of units 1 and 2: the line joins the geometric
     * means, first = sqrt(100 * 90), rate = sqrt(80 * 72 / 9000) = 0.8. */
    const double dup_units[4] = { 1, 2, 1, 2 };
    const double dup_values[4] = { 100, 80, 90, 72 };
    fit = fit_ok(dup_units, dup_values, 4, YP_LEARNING_UNIT);
    ck_assert_double_eq_tol(fit.first, sqrt(9000.0), 1e-11);
    ck_assert_double_eq_tol(fit.rate, 0.8, 1e-14);
    ck_assert_double_eq_tol(fit.r2, 0.81770191425061412551, 1e-14);

    /* Wright: cumulative averages 120, 107.5, 101.67, 96.25, 92.6, 88.83. */
    const double cum_units[6] = { 6, 5, 4, 3, 2, 1 };
    const double cum_values[6] = { 70, 78, 80, 90, 95, 120 };
    fit = fit_ok(cum_units, cum_values, 6, YP_LEARNING_CUMAVG);
    ck_assert_double_eq_tol(fit.first, 120.56557944342450968, 1e-11);
    ck_assert_double_eq_tol(fit.rate, 0.89203147668603888355, 1e-14);
    ck_assert_double_eq_tol(fit.r2, 0.99584461825879313768, 1e-14);

    /* A flat series: no learning, a perfect fit. */
    const double flat[3] = { 42, 42, 42 };
    fit = fit_ok(units, flat, 3, YP_LEARNING_CUMAVG);
    ck_assert_double_eq_tol(fit.first, 42.0, 1e-12);
    ck_assert_double_eq(fit.rate, 1.0);
    ck_assert_double_eq(fit.r2, 1.0);
}
END_TEST

static void assert_fit_fails(const double *units, gsize n_units, const double *values,
                             gsize n_values, YpLearningModel model, int code, const char *fragment)
{
    YpLearningFit fit = { -1, -1, -1 };
    g_autoptr(GError) error = NULL;
    ck_assert(!yp_learning_fit(units, n_units, values, n_values, model, &fit, &error));
    ck_assert(g_error_matches(error, YP_ERROR, code));
    ck_assert_msg(strstr(error->message, fragment) != NULL, "%s", error->message);
    ck_assert_double_eq(fit.first, -1);
}

START_TEST(test_fit_errors)
{
    const double units[4] = { 1, 2, 3, 4 };
    const double values[4] = { 10, 9, 8, 7.5 };
    assert_fit_fails(units, 4, values, 3, YP_LEARNING_UNIT, YP_ERROR_INVALID,
                     "4 unit numbers but 3 values");
    assert_fit_fails(units, 1, values, 1, YP_LEARNING_UNIT, YP_ERROR_INVALID,
                     "at least two different units");
    assert_fit_fails(units, 0, values, 0, YP_LEARNING_UNIT, YP_ERROR_INVALID,
                     "at least two different units");
    const double same[3] = { 3, 3, 3 };
    assert_fit_fails(same, 3, values, 3, YP_LEARNING_UNIT, YP_ERROR_INVALID,
                     "at least two different units");
    const double zero_value[4] = { 10, 9, 0, 7 };
    assert_fit_fails(units, 4, zero_value, 4, YP_LEARNING_UNIT, YP_ERROR_INVALID,
                     "value 0 in row 3");
    const double negative_value[4] = { 10, 9, 8, -7 };
    assert_fit_fails(units, 4, negative_value, 4, YP_LEARNING_CUMAVG, YP_ERROR_INVALID,
                     "value -7 in row 4");
    const double fractional[4] = { 1, 2.5, 3, 4 };
    assert_fit_fails(fractional, 4, values, 4, YP_LEARNING_UNIT, YP_ERROR_INVALID,
                     "unit number 2.5 in row 2");
    const double zero_unit[4] = { 1, 2, 0, 4 };
    assert_fit_fails(zero_unit, 4, values, 4, YP_LEARNING_UNIT, YP_ERROR_INVALID,
                     "unit number 0 in row 3");
    const double gap[4] = { 1, 2, 3, 5 };
    assert_fit_fails(gap, 4, values, 4, YP_LEARNING_CUMAVG, YP_ERROR_INVALID,
                     "units 1 to 4 each once, but row 4 gives unit 5");
    const double twice[4] = { 1, 2, 2, 4 };
    assert_fit_fails(twice, 4, values, 4, YP_LEARNING_CUMAVG, YP_ERROR_INVALID,
                     "Unit 2 is given twice, in rows 2 and 3");
    /* Repeats are fine for UNIT. */
    YpLearningFit fit = fit_ok(twice, values, 4, YP_LEARNING_UNIT);
    ck_assert(fit.rate > 0.0 && fit.rate < 1.0);

    /* Past the limit, refused before anything is read or allocated. */
    assert_fit_fails(units, YP_LEARNING_MAX_POINTS + 1, values, YP_LEARNING_MAX_POINTS + 1,
                     YP_LEARNING_UNIT, YP_ERROR_LIMIT, "1048577 data points");

    /* Values spanning the whole double range over neighbouring units give a
     * slope whose 2^slope overflows. */
    const double near_units[2] = { 999999999, 1e9 };
    const double wild[2] = { 1e300, 1e-300 };
    assert_fit_fails(near_units, 2, wild, 2, YP_LEARNING_UNIT, YP_ERROR_INVALID, "out of range");
}
END_TEST

static Suite *learning_suite(void)
{
    Suite *suite = suite_create("learning");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, test_model_parse);
    tcase_add_test(tc, test_crawford_hand);
    tcase_add_test(tc, test_wright_hand);
    tcase_add_test(tc, test_crawford_brute_force);
    tcase_add_test(tc, test_single_unit_lots);
    tcase_add_test(tc, test_wright_units_add_up);
    tcase_add_test(tc, test_large_lots);
    tcase_add_test(tc, test_bad_arguments);
    tcase_add_test(tc, test_fit_exact_unit);
    tcase_add_test(tc, test_fit_exact_cumavg);
    tcase_add_test(tc, test_fit_noisy);
    tcase_add_test(tc, test_fit_errors);
    suite_add_tcase(suite, tc);
    return suite;
}

int main(void)
{
    return yp_test_run(learning_suite());
}
