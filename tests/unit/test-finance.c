/* SPDX-License-Identifier: MPL-2.0 */
/* Unit tests of scheduler/finance: FX, SPLIT, JVBALANCE, ESCALATE.
 * Expected values are worked by hand in the comments or quoted from the
 * cited source. */
#include <math.h>
#include <string.h>

#include "scheduler/error.h"
#include "scheduler/finance.h"
#include "tests/unit/testing.h"

static YpDay ymd(int y, int m, int d)
{
    GDate date;
    g_date_clear(&date, 1);
    g_date_set_dmy(&date, (GDateDay)d, (GDateMonth)m, (GDateYear)y);
    return (YpDay)g_date_get_julian(&date);
}

/* The rates table of the tests, rows deliberately out of date order:
 *
 *   (ignored)   USD   KZT   AZN   EUR
 *   2024-01-03  1     470   1.7   0.92
 *   2024-01-02  1     450   1.7   (empty)
 *   2024-01-05  1     480   (empty) 0.90
 */
static const char *const codes[] = { "USD", "KZT", "AZN", "EUR" };

static YpRates *test_rates(void)
{
    YpDay dates[] = { ymd(2024, 1, 3), ymd(2024, 1, 2), ymd(2024, 1, 5) };
    double values[] = {
        1, 470, 1.7, 0.92, /* */
        1, 450, 1.7, NAN,  /* */
        1, 480, NAN, 0.90,
    };
    GError *error = NULL;
    YpRates *rates = yp_rates_new(codes, 4, dates, 3, values, &error);
    ck_assert_msg(rates != NULL, "%s", error ? error->message : "");
    return rates;
}

static double convert(const YpRates *rates, double amount, const char *from, const char *to,
                      YpDay date)
{
    GError *error = NULL;
    double out = -1;
    ck_assert_msg(yp_rates_convert(rates, amount, from, to, date, &out, &error), "%s",
                  error ? error->message : "");
    return out;
}

START_TEST(test_fx_latest_rate_and_cross)
{
    g_autoptr(YpRates) rates = test_rates();
    ck_assert_str_eq(yp_rates_base(rates), "USD");
    /* 100 USD on 2024-01-02: 100 x 450 = 45000 KZT. */
    ck_assert_double_eq_tol(convert(rates, 100, "USD", "KZT", ymd(2024, 1, 2)), 45000, 1e-9);
    /* 2024-01-04 has no row: KZT 470 and AZN 1.7 of 2024-01-03 apply;
     * 1000 KZT = 1000 x 1.7 / 470 = 3.617021276595745 AZN. */
    ck_assert_double_eq_tol(convert(rates, 1000, "KZT", "AZN", ymd(2024, 1, 4)), 3.617021276595745,
                            1e-12);
    /* 2024-01-06: KZT 480, EUR 0.90 of 2024-01-05: 100 EUR = 53333.33 KZT. */
    ck_assert_double_eq_tol(convert(rates, 100, "EUR", "KZT", ymd(2024, 1, 6)), 100 * 480 / 0.9,
                            1e-9);
    /* AZN is empty on 2024-01-05: its latest rate stays 1.7 (2024-01-03);
     * 100 AZN = 100 / 1.7 = 58.82352941176471 USD. */
    ck_assert_double_eq_tol(convert(rates, 100, "AZN", "USD", ymd(2024, 1, 9)), 58.82352941176471,
                            1e-12);
    /* Codes are trimmed and case-insensitive; same currency = same amount. */
    ck_assert_double_eq(convert(rates, 7.5, " kzt ", "Kzt", ymd(2024, 1, 3)), 7.5);
    double r = 0;
    ck_assert(yp_rates_rate(rates, "eur", ymd(2024, 1, 4), &r, NULL));
    ck_assert_double_eq(r, 0.92);
}
END_TEST

START_TEST(test_fx_errors)
{
    g_autoptr(YpRates) rates = test_rates();
    double out;
    /* EUR has no rate on 2024-01-02 and none before it. */
    EXPECT_ERROR(yp_rates_convert(rates, 1, "EUR", "USD", ymd(2024, 1, 2), &out, &error),
                 YP_ERROR_INVALID, "no EUR rate on or before 2024-01-02");
    EXPECT_ERROR(yp_rates_convert(rates, 1, "USD", "KZT", ymd(2023, 12, 31), &out, &error),
                 YP_ERROR_INVALID, "on or before 2023-12-31");
    EXPECT_ERROR(yp_rates_convert(rates, 1, "GBP", "KZT", ymd(2024, 1, 3), &out, &error),
                 YP_ERROR_INVALID, "\"GBP\" is not in the header row");
    EXPECT_ERROR(yp_rates_convert(rates, NAN, "USD", "KZT", ymd(2024, 1, 3), &out, &error),
                 YP_ERROR_INVALID, "not a number");
}
END_TEST

START_TEST(test_fx_table_validation)
{
    YpDay d2[] = { ymd(2024, 1, 1), ymd(2024, 1, 2) };
    const char *c2[] = { "KZT", "AZN" };
    /* No column holds 1 on every row. */
    double no_base[] = { 470, 1.7, 471, 1.7 };
    EXPECT_ERROR(yp_rates_new(c2, 2, d2, 2, no_base, &error) != NULL, YP_ERROR_INVALID,
                 "no base currency");
    /* 1 goes without saying: a base column may have empty cells, but a
     * full one comes first. */
    double blank_base[] = { 1, 470, NAN, 471 };
    g_autoptr(YpRates) r0 = yp_rates_new(c2, 2, d2, 2, blank_base, NULL);
    ck_assert(r0 != NULL);
    ck_assert_str_eq(yp_rates_base(r0), "KZT");
    ck_assert_double_eq(convert(r0, 2, "KZT", "AZN", d2[1]), 942);
    const char *c3b[] = { "EUR", "USD", "KZT" };
    double full_first[] = { 1, 1, 470, NAN, 1, 471 };
    g_autoptr(YpRates) r00 = yp_rates_new(c3b, 3, d2, 2, full_first, NULL);
    ck_assert(r00 != NULL);
    ck_assert_str_eq(yp_rates_base(r00), "USD");
    const char *c3[] = { "USD", "KZT", "usd " };
    double dup[] = { 1, 470, 1, 1, 471, 1 };
    EXPECT_ERROR(yp_rates_new(c3, 3, d2, 2, dup, &error) != NULL, YP_ERROR_INVALID,
                 "Columns 2 and 4");
    const char *cb[] = { "USD", "  " };
    double ok2[] = { 1, 470, 1, 471 };
    EXPECT_ERROR(yp_rates_new(cb, 2, d2, 2, ok2, &error) != NULL, YP_ERROR_INVALID,
                 "Column 3 of the rates table has no currency code");
    const char *cu[] = { "USD", "KZT" };
    double neg[] = { 1, 470, 1, -471 };
    EXPECT_ERROR(yp_rates_new(cu, 2, d2, 2, neg, &error) != NULL, YP_ERROR_INVALID,
                 "Row 3 of the rates table gives KZT the rate -471");
    double zero[] = { 1, 0, 1, 471 };
    EXPECT_ERROR(yp_rates_new(cu, 2, d2, 2, zero, &error) != NULL, YP_ERROR_INVALID, "Row 2");
    YpDay same[] = { ymd(2024, 1, 1), ymd(2024, 1, 1) };
    EXPECT_ERROR(yp_rates_new(cu, 2, same, 2, ok2, &error) != NULL, YP_ERROR_INVALID,
                 "Rows 2 and 3 of the rates table give KZT two different rates on 2024-01-01");
    YpDay bad_day[] = { ymd(2024, 1, 1), 0 };
    EXPECT_ERROR(yp_rates_new(cu, 2, bad_day, 2, ok2, &error) != NULL, YP_ERROR_INVALID,
                 "Row 3 of the rates table has no valid date");
    EXPECT_ERROR(yp_rates_new(cu, 0, d2, 2, ok2, &error) != NULL, YP_ERROR_INVALID,
                 "no currency columns");
    EXPECT_ERROR(yp_rates_new(cu, 2, d2, 0, ok2, &error) != NULL, YP_ERROR_INVALID, "no rows");

    /* Rows without any rate are skipped, dated (a bank holiday) or not
     * (a blank separator): the rate of the day before holds. */
    YpDay d4[] = { ymd(2024, 1, 1), 0, ymd(2024, 1, 3), ymd(2024, 1, 4) };
    double gaps[] = { 1, 470, NAN, NAN, NAN, NAN, NAN, 480 };
    g_autoptr(GError) gaps_error = NULL;
    g_autoptr(YpRates) r3 = yp_rates_new(cu, 2, d4, 4, gaps, &gaps_error);
    ck_assert_msg(r3 != NULL, "%s", gaps_error ? gaps_error->message : "");
    ck_assert_double_eq(convert(r3, 1, "USD", "KZT", ymd(2024, 1, 3)), 470);
    ck_assert_double_eq(convert(r3, 1, "USD", "KZT", ymd(2024, 1, 4)), 480);
    ck_assert_double_eq(convert(r3, 480, "KZT", "USD", ymd(2024, 1, 4)), 1);
    double out;
    ck_assert(!yp_rates_convert(r3, 1, "USD", "USD", ymd(2023, 12, 31), &out, NULL));

    /* A repeated date that agrees (or fills a blank) is accepted. */
    double agree[] = { 1, 470, 1, NAN };
    g_autoptr(YpRates) r1 = yp_rates_new(cu, 2, same, 2, agree, NULL);
    ck_assert(r1 != NULL);
    /* Two all-1 columns are at par; the leftmost is the base. */
    const char *par[] = { "KZT", "USD", "EUR" };
    double par_v[] = { 470, 1, 1, 471, 1, 1 };
    g_autoptr(YpRates) r2 = yp_rates_new(par, 3, d2, 2, par_v, NULL);
    ck_assert(r2 != NULL);
    ck_assert_str_eq(yp_rates_base(r2), "USD");
    ck_assert_double_eq(convert(r2, 10, "USD", "EUR", d2[1]), 10);
}
END_TEST

START_TEST(test_fx_limits)
{
    gsize n = YP_RATES_MAX_CURRENCIES + 1;
    g_autofree const char **many = g_new(const char *, n);
    for (gsize i = 0; i < n; i++)
        many[i] = "X";
    YpDay d = ymd(2024, 1, 1);
    double v = 1;
    /* The limit is checked before anything is read or allocated. */
    EXPECT_ERROR(yp_rates_new(many, n, &d, 1, &v, &error) != NULL, YP_ERROR_LIMIT, "limit");
}
END_TEST

static void split(double amount, const double *shares, gsize n, int decimals, double *parts)
{
    GError *error = NULL;
    ck_assert_msg(yp_finance_split(amount, shares, n, decimals, parts, &error), "%s",
                  error ? error->message : "");
}

START_TEST(test_split_by_hand)
{
    double parts[6];
    /* 100.00 in thirds: quotas 33.333.. each; 9999 units + 1 left over, the
     * tie among equal remainders goes to the earliest share. */
    double thirds[] = { 1, 1, 1 };
    split(100, thirds, 3, 2, parts);
    ck_assert_double_eq_tol(parts[0], 33.34, 1e-12);
    ck_assert_double_eq_tol(parts[1], 33.33, 1e-12);
    ck_assert_double_eq_tol(parts[2], 33.33, 1e-12);
    /* A negative amount splits like its absolute value, negated. */
    split(-100, thirds, 3, 2, parts);
    ck_assert_double_eq_tol(parts[0], -33.34, 1e-12);
    ck_assert_double_eq_tol(parts[2], -33.33, 1e-12);
    /* 10 whole units in thirds: 4, 3, 3. */
    split(10, thirds, 3, 0, parts);
    ck_assert_double_eq(parts[0], 4);
    ck_assert_double_eq(parts[1], 3);
    ck_assert_double_eq(parts[2], 3);
    /* 2.675 (binary 2.67499999..) rounds as shown, half away from zero, to
     * 2.68 like Calc's ROUND(2.675; 2); likewise -2.675 to -2.68. */
    double one[] = { 3 };
    split(2.675, one, 1, 2, parts);
    ck_assert_double_eq_tol(parts[0], 2.68, 1e-12);
    split(-2.675, one, 1, 2, parts);
    ck_assert_double_eq_tol(parts[0], -2.68, 1e-12);
    split(0.5, one, 1, 0, parts);
    ck_assert_double_eq(parts[0], 1);
    /* Shares read as decimals: 0.7/0.1/0.2 splits like 7/1/2. 5 units:
     * quotas 3.5, 0.5, 1.0 -> floors 3, 0, 1, one unit left, remainders 0.5
     * and 0.5 tie -> the earlier share: 4, 0, 1. */
    double tenths[] = { 0.7, 0.1, 0.2 }, whole[] = { 70, 10, 20 };
    double p2[3];
    split(5, tenths, 3, 0, parts);
    split(5, whole, 3, 0, p2);
    for (int i = 0; i < 3; i++)
        ck_assert_double_eq(parts[i], p2[i]);
    ck_assert_double_eq(parts[0], 4);
    ck_assert_double_eq(parts[1], 0);
    ck_assert_double_eq(parts[2], 1);
    /* A zero share gets nothing; a zero amount gives zeros (not -0). */
    double with_zero[] = { 0, 1, 1 };
    split(0.03, with_zero, 3, 2, parts);
    ck_assert_double_eq(parts[0], 0);
    ck_assert_double_eq_tol(parts[1], 0.02, 1e-12);
    ck_assert_double_eq_tol(parts[2], 0.01, 1e-12);
    split(-0.0, thirds, 3, 2, parts);
    ck_assert(!signbit(parts[0]));
    /* Six decimals. */
    split(1, thirds, 3, 6, parts);
    ck_assert_double_eq_tol(parts[0], 0.333334, 1e-15);
    ck_assert_double_eq_tol(parts[1], 0.333333, 1e-15);
}
END_TEST

START_TEST(test_split_published_example)
{
    /* Wikipedia, "Largest remainder method", worked example with the Hare
     * quota: 100,000 votes, 10 seats; Yellows 47,000, Whites 16,000, Reds
     * 15,800, Greens 12,000, Blues 6,100, Pinks 3,100 get 5, 2, 1, 1, 1, 0
     * seats (quotas 4.70, 1.60, 1.58, 1.20, 0.61, 0.31; automatic seats
     * 4+1+1+1 = 7, the 3 left go to the remainders .70, .61, .60). */
    double votes[] = { 47000, 16000, 15800, 12000, 6100, 3100 };
    double seats[6];
    split(10, votes, 6, 0, seats);
    double expected[] = { 5, 2, 1, 1, 1, 0 };
    for (int i = 0; i < 6; i++)
        ck_assert_double_eq(seats[i], expected[i]);
    /* Infinite Lexicon, "largestremainder": "three groups with populations
     * 50, 30, 20; total population 100; total seats 7. Quotas: 3.5, 2.1,"
     * 1.4 -> floors 3, 2, 1 and the one seat left to the remainder 0.5:
     * 4, 2, 1. */
    double pop[] = { 50, 30, 20 };
    split(7, pop, 3, 0, seats);
    ck_assert_double_eq(seats[0], 4);
    ck_assert_double_eq(seats[1], 2);
    ck_assert_double_eq(seats[2], 1);
}
END_TEST

START_TEST(test_split_errors)
{
    double parts[3];
    double neg[] = { 1, -1, 2 };
    EXPECT_ERROR(yp_finance_split(10, neg, 3, 2, parts, &error), YP_ERROR_INVALID, "Share 2 is -1");
    double zeros[] = { 0, 0 };
    EXPECT_ERROR(yp_finance_split(10, zeros, 2, 2, parts, &error), YP_ERROR_INVALID,
                 "add up to zero");
    double ok[] = { 1, 2 };
    EXPECT_ERROR(yp_finance_split(10, ok, 2, 7, parts, &error), YP_ERROR_INVALID, "decimals is 7");
    EXPECT_ERROR(yp_finance_split(10, ok, 2, -1, parts, &error), YP_ERROR_INVALID,
                 "decimals is -1");
    EXPECT_ERROR(yp_finance_split(NAN, ok, 2, 2, parts, &error), YP_ERROR_INVALID, "not a number");
    double nan_share[] = { 1, NAN };
    EXPECT_ERROR(yp_finance_split(1, nan_share, 2, 2, parts, &error), YP_ERROR_INVALID, "Share 2");
    EXPECT_ERROR(yp_finance_split(1, ok, 0, 2, parts, &error), YP_ERROR_INVALID,
                 "at least one share");
    /* 10^13 at 2 decimals is 10^15 units: one past the limit. */
    EXPECT_ERROR(yp_finance_split(1e13, ok, 2, 2, parts, &error), YP_ERROR_LIMIT,
                 "more than 15 digits");
    EXPECT_ERROR(yp_finance_split(1e300, ok, 2, 0, parts, &error), YP_ERROR_LIMIT,
                 "more than 15 digits");
    /* Just under the limit works and stays exact. */
    ck_assert(yp_finance_split(9999999999999.99, ok, 2, 2, parts, NULL));
    ck_assert_double_eq(parts[0], 3333333333333.33);
    ck_assert_double_eq(parts[1], 6666666666666.66);
}
END_TEST

/* A million random splits: the parts always add up exactly to the rounded
 * total, each part is its quota rounded down or up, and zero shares get
 * nothing. The reference quota is computed in long double from the same
 * decimal shares. */
START_TEST(test_split_exact_sum_property)
{
    GRand *rand = g_rand_new_with_seed(20240601);
    double shares[12], parts[12];
    long double quota[12];
    for (int c = 0; c < 1000000; c++) {
        int n = g_rand_int_range(rand, 1, 13);
        int decimals = g_rand_int_range(rand, 0, 7);
        gint64 max_units = (gint64)pow(10, g_rand_int_range(rand, 1, 15));
        gint64 units = (gint64)(g_rand_double(rand) * (double)max_units);
        if (g_rand_boolean(rand))
            units = -units;
        double amount = (double)units / pow(10, decimals);
        int kind = g_rand_int_range(rand, 0, 3);
        for (int i = 0; i < n; i++) {
            if (g_rand_int_range(rand, 0, 5) == 0)
                shares[i] = 0;
            else if (kind == 0)
                shares[i] = g_rand_int_range(rand, 1, 100);
            else if (kind == 1)
                shares[i] = g_rand_int_range(rand, 1, 10000) / 100.0;
            else
                shares[i] = g_rand_double_range(rand, 0.001, 1000);
        }
        shares[g_rand_int_range(rand, 0, n)] = g_rand_int_range(rand, 1, 50);
        /* Plain checks in the loop: every Check assertion records its
         * location, which would dominate a million cases. */
        GError *error = NULL;
        if (!yp_finance_split(amount, shares, (gsize)n, decimals, parts, &error))
            ck_abort_msg("case %d: %s", c, error ? error->message : "");
        long double total = 0;
        for (int i = 0; i < n; i++)
            total += shares[i];
        gint64 sum = 0;
        long double abs_units = (long double)llabs(units);
        for (int i = 0; i < n; i++) {
            gint64 u = llround(parts[i] * pow(10, decimals));
            sum += u;
            quota[i] = abs_units * shares[i] / total;
            long double got = (long double)llabs(u);
            if (!(fabsl(got - quota[i]) < 1.0L + 1e-6L))
                ck_abort_msg("case %d part %d: %lld units for a quota of %Lf", c, i, (long long)u,
                             quota[i]);
            if (shares[i] == 0 && u != 0)
                ck_abort_msg("case %d part %d: a zero share got %lld units", c, i, (long long)u);
            if (u != 0 && (u < 0) != (units < 0))
                ck_abort_msg("case %d part %d: the sign differs from the amount's", c, i);
        }
        if (sum != units)
            ck_abort_msg("case %d: parts add up to %lld units, not %lld", c, (long long)sum,
                         (long long)units);
    }
    g_rand_free(rand);
}
END_TEST

START_TEST(test_jv_balance_by_hand)
{
    g_autoptr(YpRates) rates = test_rates();
    /* Contributions, converted into KZT on their dates:
     *  1) 1,000,000 KZT on 2024-01-03            = 1,000,000
     *  2) 1,700 AZN on 2024-01-04 (1.7, 470)     = 1700 / 1.7 x 470 = 470,000
     *  3) 900 EUR on 2024-01-05 (0.90, 480)      = 900 / 0.9 x 480 = 480,000
     * Total 1,950,000. Shares 60 / 40 / 0:
     *  Kazakh partner: paid 1,000,000, due 1,170,000, balance -170,000
     *  Azeri partner:  paid   950,000, due   780,000, balance +170,000
     *  Observer:       paid         0, due         0, balance 0 */
    double amounts[] = { 1000000, 1700, 900 };
    const char *currencies[] = { "KZT", "azn", "EUR" };
    YpDay dates[] = { ymd(2024, 1, 3), ymd(2024, 1, 4), ymd(2024, 1, 5) };
    const char *partners[] = { " kazakh partner", "Azeri Partner", "AZERI PARTNER " };
    const char *names[] = { "Kazakh Partner", "Azeri Partner", "Observer" };
    double shares[] = { 60, 40, 0 };
    double out[9];
    GError *error = NULL;
    ck_assert_msg(yp_finance_jv_balance(rates, amounts, currencies, dates, partners, 3, names,
                                        shares, 3, "kzt", out, &error),
                  "%s", error ? error->message : "");
    double expected[] = { 1000000, 1170000, -170000, 950000, 780000, 170000, 0, 0, 0 };
    for (int i = 0; i < 9; i++)
        ck_assert_double_eq_tol(out[i], expected[i], 1e-6);

    /* The same ledger in USD: 1,000,000 / 470 + 1,000 + 1,000. */
    ck_assert(yp_finance_jv_balance(rates, amounts, currencies, dates, partners, 3, names, shares,
                                    3, "USD", out, NULL));
    double total = 1000000.0 / 470 + 2000;
    ck_assert_double_eq_tol(out[0], 1000000.0 / 470, 1e-9);
    ck_assert_double_eq_tol(out[1], 0.6 * total, 1e-9);
    ck_assert_double_eq_tol(out[5], 2000 - 0.4 * total, 1e-9);
    /* Balances always add up to zero. */
    ck_assert_double_eq_tol(out[2] + out[5] + out[8], 0, 1e-9);

    /* Azerbaijani names match across case with their own i's: İ/i, I/ı. */
    const char *az_partners[] = { "AZƏRBAYCAN ŞİRKƏTİ", "QAZAX İŞÇİLƏRİ", "IŞIQ" };
    const char *az_names[] = { "Azərbaycan şirkəti", "Qazax işçiləri", "işıq" };
    ck_assert(yp_finance_jv_balance(rates, amounts, currencies, dates, az_partners, 3, az_names,
                                    shares, 3, "KZT", out, NULL));
    ck_assert_double_eq_tol(out[0], 1000000, 1e-6);
}
END_TEST

START_TEST(test_jv_balance_errors)
{
    g_autoptr(YpRates) rates = test_rates();
    double amounts[] = { 100, 200 };
    const char *currencies[] = { "USD", "KZT" };
    YpDay dates[] = { ymd(2024, 1, 3), ymd(2024, 1, 3) };
    const char *partners[] = { "A", "C" };
    const char *names[] = { "A", "B" };
    double shares[] = { 1, 1 };
    double out[6];
    EXPECT_ERROR(yp_finance_jv_balance(rates, amounts, currencies, dates, partners, 2, names,
                                       shares, 2, "USD", out, &error),
                 YP_ERROR_INVALID,
                 "Row 2 of the contributions: the partner \"C\" is not in the shares table");
    const char *bad_cur[] = { "USD", "RUB" };
    const char *ab[] = { "A", "B" };
    EXPECT_ERROR(yp_finance_jv_balance(rates, amounts, bad_cur, dates, ab, 2, names, shares, 2,
                                       "USD", out, &error),
                 YP_ERROR_INVALID, "Row 2 of the contributions: the currency \"RUB\"");
    YpDay early[] = { ymd(2024, 1, 3), ymd(2023, 6, 1) };
    EXPECT_ERROR(yp_finance_jv_balance(rates, amounts, currencies, early, ab, 2, names, shares, 2,
                                       "USD", out, &error),
                 YP_ERROR_INVALID, "Row 2 of the contributions: the rates table has no");
    EXPECT_ERROR(yp_finance_jv_balance(rates, amounts, currencies, dates, ab, 2, names, shares, 2,
                                       "GBP", out, &error),
                 YP_ERROR_INVALID, "base currency \"GBP\"");
    double zero_shares[] = { 0, 0 };
    EXPECT_ERROR(yp_finance_jv_balance(rates, amounts, currencies, dates, ab, 2, names, zero_shares,
                                       2, "USD", out, &error),
                 YP_ERROR_INVALID, "add up to zero");
    double neg_shares[] = { 1, -1 };
    EXPECT_ERROR(yp_finance_jv_balance(rates, amounts, currencies, dates, ab, 2, names, neg_shares,
                                       2, "USD", out, &error),
                 YP_ERROR_INVALID, "Row 2 of the shares table gives the share -1");
    const char *dup_names[] = { "A", " a " };
    EXPECT_ERROR(yp_finance_jv_balance(rates, amounts, currencies, dates, ab, 2, dup_names, shares,
                                       2, "USD", out, &error),
                 YP_ERROR_INVALID, "Rows 1 and 2 of the shares table both name");
    double nan_amounts[] = { 100, NAN };
    EXPECT_ERROR(yp_finance_jv_balance(rates, nan_amounts, currencies, dates, ab, 2, names, shares,
                                       2, "USD", out, &error),
                 YP_ERROR_INVALID, "Row 2 of the contributions: the amount");
}
END_TEST

START_TEST(test_escalate)
{
    /* P0 = 1,000,000; a = 0.15; labour 0.35 (100 -> 110), steel 0.30
     * (250 -> 275), fuel 0.20 (80 -> 72):
     * factor = 0.15 + 0.35 x 1.1 + 0.30 x 1.1 + 0.20 x 0.9 = 1.045. */
    double w[] = { 0.35, 0.30, 0.20 }, i0[] = { 100, 250, 80 }, i1[] = { 110, 275, 72 };
    double out = 0;
    {
        GError *error = NULL;
        ck_assert_msg(yp_finance_escalate(1000000, 0.15, w, i0, i1, 3, &out, &error), "%s",
                      error ? error->message : "");
    }
    ck_assert_double_eq_tol(out, 1045000, 1e-6);
    /* Unchanged indices leave the price unchanged. */
    ck_assert(yp_finance_escalate(1234.5, 0.15, w, i0, i0, 3, &out, NULL));
    ck_assert_double_eq_tol(out, 1234.5, 1e-9);
    /* All fixed: no adjustment. */
    ck_assert(yp_finance_escalate(10, 1, NULL, NULL, NULL, 0, &out, NULL));
    ck_assert_double_eq(out, 10);

    double w_bad[] = { 0.35, 0.30, 0.30 };
    EXPECT_ERROR(yp_finance_escalate(1, 0.15, w_bad, i0, i1, 3, &out, &error), YP_ERROR_INVALID,
                 "add up to 1.1");
    double i_zero[] = { 100, 0, 80 };
    EXPECT_ERROR(yp_finance_escalate(1, 0.15, w, i_zero, i1, 3, &out, &error), YP_ERROR_INVALID,
                 "Base index 2 is 0");
    EXPECT_ERROR(yp_finance_escalate(1, 0.15, w, i0, i_zero, 3, &out, &error), YP_ERROR_INVALID,
                 "Current index 2 is 0");
    double w_neg[] = { 0.55, -0.2, 0.5 };
    EXPECT_ERROR(yp_finance_escalate(1, 0.15, w_neg, i0, i1, 3, &out, &error), YP_ERROR_INVALID,
                 "Weight 2 is -0.2");
    EXPECT_ERROR(yp_finance_escalate(1, 1.5, w, i0, i1, 3, &out, &error), YP_ERROR_INVALID,
                 "fixed share is 1.5");
}
END_TEST

static Suite *finance_suite(void)
{
    Suite *s = suite_create("finance");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, test_fx_latest_rate_and_cross);
    tcase_add_test(tc, test_fx_errors);
    tcase_add_test(tc, test_fx_table_validation);
    tcase_add_test(tc, test_fx_limits);
    tcase_add_test(tc, test_split_by_hand);
    tcase_add_test(tc, test_split_published_example);
    tcase_add_test(tc, test_split_errors);
    tcase_add_test(tc, test_split_exact_sum_property);
    tcase_add_test(tc, test_jv_balance_by_hand);
    tcase_add_test(tc, test_jv_balance_errors);
    tcase_add_test(tc, test_escalate);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return yp_test_run(finance_suite());
}
