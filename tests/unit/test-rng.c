/* SPDX-License-Identifier: MPL-2.0 */
/*
 * The random generator: reference outputs, streams, and the statistical
 * soundness of the bounded and floating-point draws.
 *
 * Reference values: the first two xoshiro256** outputs from state
 * {1, 2, 3, 4} are worked out by hand (rotl(2 * 5, 7) * 9 = 11520, then the
 * updated s[1] is 0); splitmix64(0) = 0xe220a8397b1dcdaf is the value
 * published with the algorithm; the other constants were computed with a
 * separate Python transcription of the published reference code.
 */
#include <math.h>

#include "scheduler/rng.h"
#include "tests/unit/testing.h"

START_TEST(test_reference_state)
{
    YpRng r = { { 1, 2, 3, 4 } };
    ck_assert_uint_eq(yp_rng_next(&r), 11520u);
    ck_assert_uint_eq(yp_rng_next(&r), 0u);
    ck_assert_uint_eq(yp_rng_next(&r), G_GUINT64_CONSTANT(0x5a007080));
    ck_assert_uint_eq(yp_rng_next(&r), G_GUINT64_CONSTANT(0x10e0000000009d80));
}
END_TEST

START_TEST(test_seeding)
{
    YpRng r;
    yp_rng_init(&r, 0);
    /* the state is four splitmix64 outputs; the first is published */
    ck_assert_uint_eq(r.s[0], G_GUINT64_CONSTANT(0xe220a8397b1dcdaf));
    ck_assert_uint_eq(r.s[1], G_GUINT64_CONSTANT(0x6e789e6aa1b965f4));
    ck_assert_uint_eq(r.s[2], G_GUINT64_CONSTANT(0x06c45d188009454f));
    ck_assert_uint_eq(r.s[3], G_GUINT64_CONSTANT(0xf88bb8a8724c81ec));
    ck_assert_uint_eq(yp_rng_next(&r), G_GUINT64_CONSTANT(0x99ec5f36cb75f2b4));
    ck_assert_uint_eq(yp_rng_next(&r), G_GUINT64_CONSTANT(0xbf6e1f784956452a));
    yp_rng_init(&r, 42);
    ck_assert_uint_eq(yp_rng_next(&r), G_GUINT64_CONSTANT(0x15780b2e0c2ec716));
    ck_assert_uint_eq(yp_rng_next(&r), G_GUINT64_CONSTANT(0x6104d9866d113a7e));
    ck_assert_uint_eq(yp_rng_next(&r), G_GUINT64_CONSTANT(0xae17533239e499a1));
}
END_TEST

START_TEST(test_jump)
{
    YpRng r = { { 1, 2, 3, 4 } };
    yp_rng_jump(&r);
    ck_assert_uint_eq(r.s[0], G_GUINT64_CONSTANT(0x8c7a153956b5f3d1));
    ck_assert_uint_eq(r.s[1], G_GUINT64_CONSTANT(0x701f1a713401d85e));
    ck_assert_uint_eq(r.s[2], G_GUINT64_CONSTANT(0x6527f66a65469085));
    ck_assert_uint_eq(r.s[3], G_GUINT64_CONSTANT(0x8386b786c4408050));
    ck_assert_uint_eq(yp_rng_next(&r), G_GUINT64_CONSTANT(0xbbd2f312298443d8));
}
END_TEST

START_TEST(test_streams)
{
    YpRng a, b, c;
    yp_rng_init(&a, 7);
    yp_rng_init_stream(&b, 7, 0);
    for (int i = 0; i < 4; i++)
        ck_assert_uint_eq(a.s[i], b.s[i]);
    yp_rng_jump(&a);
    yp_rng_jump(&a);
    yp_rng_init_stream(&c, 7, 2);
    for (int i = 0; i < 4; i++)
        ck_assert_uint_eq(a.s[i], c.s[i]);
    /* streams 0 and 1 share no value among their first 1000 draws */
    YpRng s0, s1;
    yp_rng_init_stream(&s0, 7, 0);
    yp_rng_init_stream(&s1, 7, 1);
    g_autoptr(GHashTable) seen = g_hash_table_new_full(g_int64_hash, g_int64_equal, g_free, NULL);
    for (int i = 0; i < 1000; i++) {
        gint64 *v = g_new(gint64, 1);
        *v = (gint64)yp_rng_next(&s0);
        g_hash_table_add(seen, v);
    }
    for (int i = 0; i < 1000; i++) {
        gint64 v = (gint64)yp_rng_next(&s1);
        ck_assert(!g_hash_table_contains(seen, &v));
    }
}
END_TEST

START_TEST(test_repeatable)
{
    YpRng a, b;
    yp_rng_init(&a, 123456789);
    yp_rng_init(&b, 123456789);
    for (int i = 0; i < 100; i++)
        ck_assert_uint_eq(yp_rng_next(&a), yp_rng_next(&b));
    yp_rng_init(&b, 123456790);
    int equal = 0;
    for (int i = 0; i < 100; i++)
        equal += yp_rng_next(&a) == yp_rng_next(&b);
    ck_assert_int_eq(equal, 0);
}
END_TEST

/* Pearson's chi-square statistic of observed counts against equal
 * expected counts. */
static double chi_square(const guint *count, int cells, guint total)
{
    double expect = (double)total / cells, x2 = 0.0;
    for (int i = 0; i < cells; i++)
        x2 += ((double)count[i] - expect) * ((double)count[i] - expect) / expect;
    return x2;
}

START_TEST(test_below_uniform)
{
    YpRng r;
    yp_rng_init(&r, 2024);
    guint count[10] = { 0 };
    int bad = 0;
    for (int i = 0; i < 100000; i++) {
        guint64 v = yp_rng_below(&r, 10);
        if (v >= 10) {
            bad++;
            continue;
        }
        count[v]++;
    }
    ck_assert_int_eq(bad, 0);
    /* 9 degrees of freedom: P(X2 > 27.88) = 0.001 */
    ck_assert_double_lt(chi_square(count, 10, 100000), 27.88);
    for (int i = 0; i < 100; i++)
        ck_assert_uint_eq(yp_rng_below(&r, 1), 0);
}
END_TEST

START_TEST(test_below_unbiased_large_bound)
{
    /* With bound = 3 * 2^62, 64 random bits reduced modulo the bound
     * would fold [3 * 2^62, 2^64) onto the first third, which would then
     * get half of all draws; an unbiased draw gives each third 1/3. */
    YpRng r;
    yp_rng_init(&r, 99);
    const guint64 third = G_GUINT64_CONSTANT(1) << 62;
    const guint64 bound = 3 * third;
    guint count[3] = { 0 };
    int bad = 0;
    for (int i = 0; i < 60000; i++) {
        guint64 v = yp_rng_below(&r, bound);
        if (v >= bound) {
            bad++;
            continue;
        }
        count[v / third]++;
    }
    ck_assert_int_eq(bad, 0);
    /* 2 degrees of freedom: P(X2 > 13.82) = 0.001; modulo bias would give
     * counts near 30000/15000/15000, X2 near 7500 */
    ck_assert_double_lt(chi_square(count, 3, 60000), 13.82);
    /* the largest bound still works */
    for (int i = 0; i < 100; i++)
        ck_assert_uint_lt(yp_rng_below(&r, G_MAXUINT64), G_MAXUINT64);
}
END_TEST

START_TEST(test_double)
{
    YpRng r;
    yp_rng_init(&r, 5);
    double sum = 0.0, sum2 = 0.0;
    const int n = 200000;
    guint count[20] = { 0 };
    int bad = 0;
    for (int i = 0; i < n; i++) {
        double u = yp_rng_double(&r);
        /* in [0, 1) and a multiple of 2^-53 (Check's asserts are too slow
         * for a loop this long, so failures are counted) */
        double scaled = u * 0x1.0p53;
        if (!(u >= 0.0 && u < 1.0) || scaled != floor(scaled)) {
            bad++;
            continue;
        }
        sum += u;
        sum2 += u * u;
        count[(int)(u * 20)]++;
    }
    ck_assert_int_eq(bad, 0);
    double mean = sum / n, var = sum2 / n - mean * mean;
    /* uniform: mean 1/2 (sd of the mean 0.00065), variance 1/12 */
    ck_assert_double_eq_tol(mean, 0.5, 0.003);
    ck_assert_double_eq_tol(var, 1.0 / 12.0, 0.002);
    /* 19 degrees of freedom: P(X2 > 43.82) = 0.001 */
    ck_assert_double_lt(chi_square(count, 20, (guint)n), 43.82);
}
END_TEST

START_TEST(test_range)
{
    YpRng r;
    yp_rng_init(&r, 11);
    guint count[7] = { 0 };
    int bad = 0;
    for (int i = 0; i < 70000; i++) {
        gint64 v = yp_rng_range(&r, -3, 3);
        if (v < -3 || v > 3) {
            bad++;
            continue;
        }
        count[v + 3]++;
    }
    ck_assert_int_eq(bad, 0);
    ck_assert_double_lt(chi_square(count, 7, 70000), 22.46); /* 6 df, p = 0.001 */
    for (int i = 0; i < 10; i++)
        ck_assert_int_eq(yp_rng_range(&r, 5, 5), 5);
    /* the full range does not crash or clamp */
    gboolean negative = FALSE, positive = FALSE;
    for (int i = 0; i < 100; i++) {
        gint64 v = yp_rng_range(&r, G_MININT64, G_MAXINT64);
        negative = negative || v < 0;
        positive = positive || v > 0;
    }
    ck_assert(negative && positive);
}
END_TEST

START_TEST(test_shuffle)
{
    YpRng r;
    yp_rng_init(&r, 3);
    /* the six orders of three items come out equally often */
    guint count[6] = { 0 };
    int bad = 0;
    for (int i = 0; i < 60000; i++) {
        gint v[3] = { 0, 1, 2 };
        yp_rng_shuffle(&r, v, 3);
        if (v[0] + v[1] + v[2] != 3 || v[0] == v[1] || v[1] == v[2] || v[0] == v[2]) {
            bad++;
            continue;
        }
        count[v[0] * 2 + (v[1] > v[2])]++;
    }
    ck_assert_int_eq(bad, 0);
    ck_assert_double_lt(chi_square(count, 6, 60000), 20.52); /* 5 df, p = 0.001 */
    gint one[1] = { 9 };
    yp_rng_shuffle(&r, one, 1);
    ck_assert_int_eq(one[0], 9);
    yp_rng_shuffle(&r, NULL, 0);
}
END_TEST

static Suite *rng_suite(void)
{
    Suite *s = suite_create("rng");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, test_reference_state);
    tcase_add_test(tc, test_seeding);
    tcase_add_test(tc, test_jump);
    tcase_add_test(tc, test_streams);
    tcase_add_test(tc, test_repeatable);
    tcase_add_test(tc, test_below_uniform);
    tcase_add_test(tc, test_below_unbiased_large_bound);
    tcase_add_test(tc, test_double);
    tcase_add_test(tc, test_range);
    tcase_add_test(tc, test_shuffle);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return yp_test_run(rng_suite());
}
