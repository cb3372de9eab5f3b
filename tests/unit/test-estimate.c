/* SPDX-License-Identifier: MPL-2.0 */
/* Parametric estimating: each coefficient table against its source as
 * transcribed in docs/estimating.md, each formula against values worked by
 * hand (bc -l at 12 digits, the steps are in docs/estimating.md) or quoted
 * from a published case, and every error path. */
#include "scheduler/estimate.h"
#include "scheduler/error.h"
#include "tests/unit/testing.h"

#include <math.h>
#include <string.h>

#define TOL 1e-6

/* Takes the address of the caller's error: the call in the first argument
 * sets it, and C leaves the order of argument evaluation open. */
static void assert_invalid(gboolean ok, GError **errorp, const char *fragment)
{
    GError *error = *errorp;
    ck_assert(!ok);
    ck_assert_ptr_nonnull(error);
    ck_assert(g_error_matches(error, YP_ERROR, YP_ERROR_INVALID));
    if (fragment != NULL)
        ck_assert_msg(strstr(error->message, fragment) != NULL, "\"%s\" lacks \"%s\"",
                      error->message, fragment);
}

static double cgt_of(double gt, const char *type)
{
    double a = 0.0, b = 0.0, out = -1.0;
    g_autoptr(GError) error = NULL;
    ck_assert_msg(yp_estimate_cgt_coefficients(type, &a, &b, &error), "%s",
                  error ? error->message : "");
    ck_assert_msg(yp_estimate_cgt(gt, a, b, &out, &error), "%s", error ? error->message : "");
    return out;
}

/* OECD WP6, "Compensated Gross Ton (CGT) System", 2007: the table of A and
 * B, row by row as printed (checked against the German Wikipedia copy of
 * the table, "Stand 1. Januar 2007"). */
START_TEST(test_cgt_table)
{
    static const struct {
        const char *code;
        double a, b;
    } oecd[] = {
        { "TANKER", 48, 0.57 },    { "CHEMICAL", 84, 0.55 }, { "BULK", 29, 0.61 },
        { "COMBINED", 33, 0.62 },  { "CARGO", 27, 0.64 },    { "REEFER", 27, 0.68 },
        { "CONTAINER", 19, 0.68 }, { "RORO", 32, 0.63 },     { "CARCARRIER", 15, 0.70 },
        { "LPG", 62, 0.57 },       { "LNG", 32, 0.68 },      { "FERRY", 20, 0.71 },
        { "PASSENGER", 49, 0.67 }, { "FISHING", 24, 0.71 },  { "NCCV", 46, 0.62 },
    };
    for (gsize i = 0; i < G_N_ELEMENTS(oecd); i++) {
        double a = 0.0, b = 0.0;
        ck_assert(yp_estimate_cgt_coefficients(oecd[i].code, &a, &b, NULL));
        ck_assert_double_eq_tol(a, oecd[i].a, 1e-12);
        ck_assert_double_eq_tol(b, oecd[i].b, 1e-12);
    }
    /* Codes are case-insensitive and blanks around them are ignored. */
    double a = 0.0, b = 0.0;
    ck_assert(yp_estimate_cgt_coefficients("  carCarrier ", &a, &b, NULL));
    ck_assert_double_eq_tol(a, 15.0, 1e-12);
    ck_assert_double_eq_tol(b, 0.70, 1e-12);
}
END_TEST

START_TEST(test_cgt_values)
{
    /* Worked by hand: 29 * 30000^0.61, 48 * 60000^0.57, 20 * 5000^0.71,
     * 46 * 1500^0.62. */
    ck_assert_double_eq_tol(cgt_of(30000.0, "BULK"), 15611.404018248, TOL);
    ck_assert_double_eq_tol(cgt_of(60000.0, "tanker"), 25397.294215766, TOL);
    ck_assert_double_eq_tol(cgt_of(5000.0, "Ferry"), 8458.604103999, TOL);
    ck_assert_double_eq_tol(cgt_of(1500.0, "NCCV"), 4284.838053423, TOL);

    /* Published case for a numeric A and B: Hopman, Pruyn and Hekkenberg
     * (TU Delft for SYBAss, 2010; Int. Shipbuilding Progress 2010):
     * "the most appropriate values for superyachts are 278 for A and 0.58
     * for B". For a 2000 GT yacht, 278 * 2000^0.58 worked by hand. */
    double out = -1.0;
    ck_assert(yp_estimate_cgt(2000.0, 278.0, 0.58, &out, NULL));
    ck_assert_double_eq_tol(out, 22837.165194162, TOL);

    /* B = 1 is the edge of the accepted range: CGT = A * GT. */
    ck_assert(yp_estimate_cgt(1234.0, 2.0, 1.0, &out, NULL));
    ck_assert_double_eq_tol(out, 2468.0, 1e-9);
}
END_TEST

START_TEST(test_cgt_errors)
{
    double a = 0.0, b = 0.0, out = -1.0;
    g_autoptr(GError) error = NULL;

    assert_invalid(yp_estimate_cgt_coefficients("TUG", &a, &b, &error), &error, "\"TUG\"");
    /* The message lists every accepted code. */
    static const char *const codes[] = { "TANKER", "CHEMICAL",  "BULK",      "COMBINED",   "CARGO",
                                         "REEFER", "CONTAINER", "RORO",      "CARCARRIER", "LPG",
                                         "LNG",    "FERRY",     "PASSENGER", "FISHING",    "NCCV" };
    for (gsize i = 0; i < G_N_ELEMENTS(codes); i++)
        ck_assert_msg(strstr(error->message, codes[i]) != NULL, "%s", error->message);
    g_clear_error(&error);
    assert_invalid(yp_estimate_cgt_coefficients("   ", &a, &b, &error), &error, "empty");
    g_clear_error(&error);
    /* A long unknown code is shortened in the message. */
    assert_invalid(yp_estimate_cgt_coefficients(
                       "ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZ", &a, &b, &error),
                   &error, "KLMN...\"");
    g_clear_error(&error);

    assert_invalid(yp_estimate_cgt(0.0, 29.0, 0.61, &out, &error), &error, "gt");
    g_clear_error(&error);
    assert_invalid(yp_estimate_cgt(-100.0, 29.0, 0.61, &out, &error), &error, "gt");
    g_clear_error(&error);
    assert_invalid(yp_estimate_cgt(NAN, 29.0, 0.61, &out, &error), &error, "gt");
    g_clear_error(&error);
    assert_invalid(yp_estimate_cgt(INFINITY, 29.0, 0.61, &out, &error), &error, "gt");
    g_clear_error(&error);
    assert_invalid(yp_estimate_cgt(1000.0, 0.0, 0.61, &out, &error), &error, "A");
    g_clear_error(&error);
    assert_invalid(yp_estimate_cgt(1000.0, 29.0, 0.0, &out, &error), &error, "exponent b");
    g_clear_error(&error);
    assert_invalid(yp_estimate_cgt(1000.0, 29.0, 1.2, &out, &error), &error, "exponent b");
    g_clear_error(&error);
    assert_invalid(yp_estimate_cgt(1e300, 1e300, 1.0, &out, &error), &error, "finite");
    ck_assert_double_eq(out, -1.0);
}
END_TEST

/* The worked example of docs/estimating.md: a river-sea tanker, L 135 m,
 * B 16.5 m, D 6.1 m, T 4.6 m, forecastle 12 x 2.5 m, two houses 20 x 2.8 m
 * and 15 x 2.8 m. By hand: 135 * 21.1 + 0.85 * 135 * 1.5 + 0.85 * 30 +
 * 0.75 * 98 = 2848.5 + 172.125 + 25.5 + 73.5 = 3119.625. */
static const double ex_l1h1[] = { 30.0 };
static const double ex_l2h2[] = { 56.0, 42.0 };

START_TEST(test_enumeral_values)
{
    double e = -1.0;
    g_autoptr(GError) error = NULL;
    ck_assert_msg(yp_estimate_enumeral(135.0, 16.5, 6.1, 4.6, ex_l1h1, 1, ex_l2h2, 2, &e, &error),
                  "%s", error ? error->message : "");
    ck_assert_double_eq_tol(e, 3119.625, 1e-9);

    /* No erections, no houses: 120 * 25 + 0.85 * 120 * 3 = 3306. */
    ck_assert(yp_estimate_enumeral(120.0, 18.0, 10.0, 7.0, NULL, 0, NULL, 0, &e, NULL));
    ck_assert_double_eq_tol(e, 3306.0, 1e-9);

    /* Zero-area entries are allowed; T = D leaves only L(B+T). */
    static const double zeros[] = { 0.0, 0.0 };
    ck_assert(yp_estimate_enumeral(50.0, 10.0, 4.0, 4.0, zeros, 2, zeros, 2, &e, NULL));
    ck_assert_double_eq_tol(e, 700.0, 1e-9);
}
END_TEST

START_TEST(test_enumeral_errors)
{
    double e = -1.0;
    g_autoptr(GError) error = NULL;

    assert_invalid(yp_estimate_enumeral(0.0, 16.5, 6.1, 4.6, NULL, 0, NULL, 0, &e, &error), &error,
                   "length l");
    g_clear_error(&error);
    assert_invalid(yp_estimate_enumeral(135.0, -1.0, 6.1, 4.6, NULL, 0, NULL, 0, &e, &error),
                   &error, "breadth b");
    g_clear_error(&error);
    assert_invalid(yp_estimate_enumeral(135.0, 16.5, NAN, 4.6, NULL, 0, NULL, 0, &e, &error),
                   &error, "depth d");
    g_clear_error(&error);
    assert_invalid(yp_estimate_enumeral(135.0, 16.5, 6.1, 0.0, NULL, 0, NULL, 0, &e, &error),
                   &error, "draught t");
    g_clear_error(&error);
    assert_invalid(yp_estimate_enumeral(135.0, 16.5, 6.1, 6.2, NULL, 0, NULL, 0, &e, &error),
                   &error, "above the depth");
    g_clear_error(&error);
    assert_invalid(yp_estimate_enumeral(16.5, 135.0, 6.1, 4.6, NULL, 0, NULL, 0, &e, &error),
                   &error, "order of the arguments");
    g_clear_error(&error);

    static const double bad[] = { 56.0, -3.0 };
    assert_invalid(yp_estimate_enumeral(135.0, 16.5, 6.1, 4.6, ex_l1h1, 1, bad, 2, &e, &error),
                   &error, "Entry 2 of l2h2");
    g_clear_error(&error);
    static const double nan_entry[] = { NAN };
    assert_invalid(yp_estimate_enumeral(135.0, 16.5, 6.1, 4.6, nan_entry, 1, NULL, 0, &e, &error),
                   &error, "Entry 1 of l1h1");
    g_clear_error(&error);

    double *many = g_new0(double, YP_ESTIMATE_MAX_ERECTIONS + 1);
    ck_assert(yp_estimate_enumeral(135.0, 16.5, 6.1, 4.6, many, YP_ESTIMATE_MAX_ERECTIONS, NULL, 0,
                                   &e, NULL));
    ck_assert(!yp_estimate_enumeral(135.0, 16.5, 6.1, 4.6, NULL, 0, many,
                                    YP_ESTIMATE_MAX_ERECTIONS + 1, &e, &error));
    ck_assert(g_error_matches(error, YP_ERROR, YP_ERROR_LIMIT));
    ck_assert(strstr(error->message, "l2h2") != NULL);
    g_clear_error(&error);
    g_free(many);

    /* Overflow never comes back as a number. */
    e = -1.0;
    assert_invalid(yp_estimate_enumeral(1e300, 1e299, 1e299, 1e298, NULL, 0, NULL, 0, &e, &error),
                   &error, "finite");
    ck_assert_double_eq(e, -1.0);
}
END_TEST

/* Watson, "Practical Ship Design" (1998), Table 4.1, mean K per type, and
 * Watson and Gilfillan (1977) for cargo ships and trawlers (midpoints of
 * 0.029-0.037 and 0.041-0.042). */
START_TEST(test_steel_table)
{
    static const struct {
        const char *code;
        double k;
    } watson[] = {
        { "TANKER", 0.032 },    { "CHEMICAL", 0.036 },  { "BULK", 0.031 },
        { "CONTAINER", 0.036 }, { "REEFER", 0.034 },    { "COASTER", 0.030 },
        { "OFFSHORE", 0.045 },  { "TUG", 0.044 },       { "RESEARCH", 0.045 },
        { "FERRY", 0.031 },     { "PASSENGER", 0.038 }, { "FRIGATE", 0.023 },
        { "CARGO", 0.033 },     { "FISHING", 0.0415 },
    };
    for (gsize i = 0; i < G_N_ELEMENTS(watson); i++) {
        double k = 0.0;
        ck_assert_msg(yp_estimate_steel_k(watson[i].code, &k, NULL), "%s", watson[i].code);
        ck_assert_double_eq_tol(k, watson[i].k, 1e-12);
    }
    double k = 0.0;
    g_autoptr(GError) error = NULL;
    /* Ro-ro cargo ships are not in the table: the user must give K. */
    assert_invalid(yp_estimate_steel_k("roro", &k, &error), &error, "as a number");
    ck_assert(strstr(error->message, "FRIGATE") != NULL);
    ck_assert(strstr(error->message, "FISHING") != NULL);
}
END_TEST

static double steel_of(double l, double b, double d, double t, double cb, double k,
                       const double *l1h1, gsize n1, const double *l2h2, gsize n2)
{
    double out = -1.0;
    g_autoptr(GError) error = NULL;
    ck_assert_msg(yp_estimate_steel_weight(l, b, d, t, cb, k, l1h1, n1, l2h2, n2, &out, &error),
                  "%s", error ? error->message : "");
    return out;
}

START_TEST(test_steel_values)
{
    /* The tanker of the numeral example, CB 0.87, K 0.032 (TANKER). By
     * hand: CB' = 0.87 + 0.13 (4.88 - 4.6)/13.8 = 0.8726377;
     * Ws7 = 0.032 * 3119.625^1.36 = 1807.7119604;
     * Ws = Ws7 (1 + 0.5 * 0.1726377) = 1963.7515610 t. */
    double k = 0.0;
    ck_assert(yp_estimate_steel_k("tanker", &k, NULL));
    ck_assert_double_eq_tol(steel_of(135.0, 16.5, 6.1, 4.6, 0.87, k, ex_l1h1, 1, ex_l2h2, 2),
                            1963.751560970, TOL);

    /* A cargo ship without erections, CB 0.70, K 0.033 (CARGO). By hand:
     * E = 3306; CB' = 0.70 + 0.30 (8 - 7)/21 = 0.7142857;
     * Ws7 = 0.033 * 3306^1.36 = 2017.2782908; Ws = 2031.6874215 t. */
    ck_assert(yp_estimate_steel_k("CARGO", &k, NULL));
    ck_assert_double_eq_tol(steel_of(120.0, 18.0, 10.0, 7.0, 0.70, k, NULL, 0, NULL, 0),
                            2031.687421469, TOL);

    /* At T = 0.8 D and CB 0.70 the ship is at Watson's standard CB' = 0.70
     * and no correction applies: Ws = K E^1.36 with E = 100 * 23 +
     * 0.85 * 100 * 2 = 2470, 0.031 * 2470^1.36 = 1274.7632955 t. */
    ck_assert_double_eq_tol(steel_of(100.0, 15.0, 10.0, 8.0, 0.70, 0.031, NULL, 0, NULL, 0),
                            1274.763295524, TOL);

    /* The correction is 0.5 per unit of CB': from the standard ship above,
     * CB 0.80 at T = 0.8 D gives CB' = 0.80 and 5 % more steel. */
    ck_assert_double_eq_tol(steel_of(100.0, 15.0, 10.0, 8.0, 0.80, 0.031, NULL, 0, NULL, 0),
                            1274.763295524 * 1.05, TOL);

    /* The accepted CB range is closed at both ends. */
    steel_of(100.0, 15.0, 10.0, 8.0, YP_ESTIMATE_CB_MIN, 0.031, NULL, 0, NULL, 0);
    steel_of(100.0, 15.0, 10.0, 8.0, YP_ESTIMATE_CB_MAX, 0.031, NULL, 0, NULL, 0);
}
END_TEST

START_TEST(test_steel_errors)
{
    double out = -1.0;
    g_autoptr(GError) error = NULL;

    assert_invalid(yp_estimate_steel_weight(120.0, 18.0, 10.0, 7.0, 0.29, 0.033, NULL, 0, NULL, 0,
                                            &out, &error),
                   &error, "block coefficient cb");
    g_clear_error(&error);
    assert_invalid(yp_estimate_steel_weight(120.0, 18.0, 10.0, 7.0, 0.96, 0.033, NULL, 0, NULL, 0,
                                            &out, &error),
                   &error, "block coefficient cb");
    g_clear_error(&error);
    /* A percentage instead of a fraction. */
    assert_invalid(yp_estimate_steel_weight(120.0, 18.0, 10.0, 7.0, 70.0, 0.033, NULL, 0, NULL, 0,
                                            &out, &error),
                   &error, "block coefficient cb");
    g_clear_error(&error);
    assert_invalid(yp_estimate_steel_weight(120.0, 18.0, 10.0, 1.9, 0.70, 0.033, NULL, 0, NULL, 0,
                                            &out, &error),
                   &error, "a fifth of the depth");
    g_clear_error(&error);
    assert_invalid(yp_estimate_steel_weight(120.0, 18.0, 10.0, 10.5, 0.70, 0.033, NULL, 0, NULL, 0,
                                            &out, &error),
                   &error, "above the depth");
    g_clear_error(&error);
    assert_invalid(
        yp_estimate_steel_weight(120.0, 18.0, 10.0, 7.0, 0.70, 0.0, NULL, 0, NULL, 0, &out, &error),
        &error, "steel coefficient K");
    g_clear_error(&error);
    assert_invalid(yp_estimate_steel_weight(120.0, 18.0, 10.0, 7.0, 0.70, -0.03, NULL, 0, NULL, 0,
                                            &out, &error),
                   &error, "steel coefficient K");
    g_clear_error(&error);
    static const double bad[] = { 10.0, 20.0, -1.0 };
    assert_invalid(yp_estimate_steel_weight(120.0, 18.0, 10.0, 7.0, 0.70, 0.033, bad, 3, NULL, 0,
                                            &out, &error),
                   &error, "Entry 3 of l1h1");
    g_clear_error(&error);
    ck_assert_double_eq(out, -1.0);
}
END_TEST

static double outfit_of(const char *type, double l, double b)
{
    double k = -1.0, out = -1.0;
    g_autoptr(GError) error = NULL;
    ck_assert_msg(yp_estimate_outfit_k(type, l, &k, &error), "%s", error ? error->message : "");
    ck_assert_msg(yp_estimate_outfit_weight(l, b, k, &out, &error), "%s",
                  error ? error->message : "");
    return out;
}

START_TEST(test_outfit_values)
{
    /* Schneekluth and Bertram (1998), section 2.5.2: cargo ships
     * 0.40-0.45 t/m2, container ships 0.34-0.38, bulk carriers without
     * cranes 0.22-0.25 at about 140 m and 0.17-0.18 at about 250 m, crude
     * oil tankers 0.28 at about 150 m and 0.17 over 300 m. */
    double k = 0.0;
    ck_assert(yp_estimate_outfit_k("cargo", 120.0, &k, NULL));
    ck_assert_double_eq_tol(k, 0.425, 1e-12);
    ck_assert(yp_estimate_outfit_k("CONTAINER", 200.0, &k, NULL));
    ck_assert_double_eq_tol(k, 0.36, 1e-12);
    ck_assert(yp_estimate_outfit_k("BULK", 140.0, &k, NULL));
    ck_assert_double_eq_tol(k, 0.235, 1e-12);
    ck_assert(yp_estimate_outfit_k("BULK", 250.0, &k, NULL));
    ck_assert_double_eq_tol(k, 0.175, 1e-12);
    ck_assert(yp_estimate_outfit_k("TANKER", 150.0, &k, NULL));
    ck_assert_double_eq_tol(k, 0.28, 1e-12);
    ck_assert(yp_estimate_outfit_k("TANKER", 300.0, &k, NULL));
    ck_assert_double_eq_tol(k, 0.17, 1e-12);
    ck_assert(yp_estimate_outfit_k(" tanker", 333.0, &k, NULL));
    ck_assert_double_eq_tol(k, 0.17, 1e-12);

    /* Worked by hand: 0.425 * 120 * 18 = 918; bulk carrier of 195 m,
     * K = 0.235 + 55 (0.175 - 0.235)/110 = 0.205, 0.205 * 195 * 32.26 =
     * 1289.5935; tanker of 250 m, K = 0.28 + 100 (0.17 - 0.28)/150 =
     * 0.2066667, K * 250 * 44 = 2273.3333. */
    ck_assert_double_eq_tol(outfit_of("CARGO", 120.0, 18.0), 918.0, 1e-9);
    ck_assert_double_eq_tol(outfit_of("bulk", 195.0, 32.26), 1289.5935, 1e-9);
    ck_assert_double_eq_tol(outfit_of("TANKER", 250.0, 44.0), 2273.333333333, TOL);

    /* A user's own K. */
    double out = -1.0;
    ck_assert(yp_estimate_outfit_weight(80.0, 14.0, 0.5, &out, NULL));
    ck_assert_double_eq_tol(out, 560.0, 1e-9);
}
END_TEST

START_TEST(test_outfit_errors)
{
    double k = -1.0, out = -1.0;
    g_autoptr(GError) error = NULL;

    assert_invalid(yp_estimate_outfit_k("BULK", 139.9, &k, &error), &error, "140 to 250 m");
    g_clear_error(&error);
    assert_invalid(yp_estimate_outfit_k("BULK", 250.1, &k, &error), &error, "140 to 250 m");
    g_clear_error(&error);
    assert_invalid(yp_estimate_outfit_k("TANKER", 149.0, &k, &error), &error, "150 m");
    g_clear_error(&error);
    assert_invalid(yp_estimate_outfit_k("CARGO", 0.0, &k, &error), &error, "length l");
    g_clear_error(&error);
    assert_invalid(yp_estimate_outfit_k("PASSENGER", 150.0, &k, &error), &error, "\"PASSENGER\"");
    ck_assert(strstr(error->message, "CARGO, CONTAINER, BULK or TANKER") != NULL);
    g_clear_error(&error);
    ck_assert_double_eq(k, -1.0);

    assert_invalid(yp_estimate_outfit_weight(120.0, 18.0, 0.0, &out, &error), &error,
                   "outfit coefficient K");
    g_clear_error(&error);
    assert_invalid(yp_estimate_outfit_weight(18.0, 120.0, 0.4, &out, &error), &error,
                   "order of the arguments");
    g_clear_error(&error);
    assert_invalid(yp_estimate_outfit_weight(120.0, -18.0, 0.4, &out, &error), &error, "breadth b");
    g_clear_error(&error);
    ck_assert_double_eq(out, -1.0);
}
END_TEST

START_TEST(test_engine_parse)
{
    YpEngine engine = YP_ENGINE_DIESEL_ELECTRIC;
    ck_assert(yp_estimate_engine_parse(NULL, &engine, NULL));
    ck_assert_int_eq(engine, YP_ENGINE_DIESEL);
    engine = YP_ENGINE_DIESEL_ELECTRIC;
    ck_assert(yp_estimate_engine_parse("  ", &engine, NULL));
    ck_assert_int_eq(engine, YP_ENGINE_DIESEL);
    ck_assert(yp_estimate_engine_parse(" de ", &engine, NULL));
    ck_assert_int_eq(engine, YP_ENGINE_DIESEL_ELECTRIC);
    ck_assert(yp_estimate_engine_parse("ssd", &engine, NULL));
    ck_assert_int_eq(engine, YP_ENGINE_DIESEL);
    ck_assert(yp_estimate_engine_parse("DieselElectric", &engine, NULL));
    ck_assert_int_eq(engine, YP_ENGINE_DIESEL_ELECTRIC);
    ck_assert(yp_estimate_engine_parse("MSD", &engine, NULL));
    ck_assert_int_eq(engine, YP_ENGINE_DIESEL);

    g_autoptr(GError) error = NULL;
    assert_invalid(yp_estimate_engine_parse("gas turbine", &engine, &error), &error,
                   "\"gas turbine\"");
    ck_assert(strstr(error->message, "DIESEL, SSD, MSD, DE or DIESELELECTRIC") != NULL);
}
END_TEST

START_TEST(test_machinery_values)
{
    double out = -1.0;
    g_autoptr(GError) error = NULL;

    /* Slow-speed diesel, 9000 kW at 127 rpm. By hand:
     * 12 (9000/127)^0.84 = 430.0805757 t dry engine,
     * 0.69 * 9000^0.70 = 404.4071704 t remainder, total 834.4877461 t. */
    ck_assert_msg(yp_estimate_machinery_weight(9000.0, 127.0, YP_ENGINE_DIESEL, &out, &error), "%s",
                  error ? error->message : "");
    ck_assert_double_eq_tol(out, 834.487746128, TOL);

    /* Medium-speed diesel, 3000 kW at 750 rpm: 12 * 4^0.84 = 38.4513541,
     * 0.69 * 3000^0.70 = 187.4277834, total 225.8791375 t. */
    ck_assert(yp_estimate_machinery_weight(3000.0, 750.0, YP_ENGINE_DIESEL, &out, NULL));
    ck_assert_double_eq_tol(out, 225.879137514, TOL);

    /* Diesel-electric, four 2000 kW generator sets: 0.72 * 8000^0.78 =
     * 797.5220260 t, whatever the rpm. */
    ck_assert(yp_estimate_machinery_weight(8000.0, 720.0, YP_ENGINE_DIESEL_ELECTRIC, &out, NULL));
    ck_assert_double_eq_tol(out, 797.522026045, TOL);
    ck_assert(yp_estimate_machinery_weight(8000.0, 1500.0, YP_ENGINE_DIESEL_ELECTRIC, &out, NULL));
    ck_assert_double_eq_tol(out, 797.522026045, TOL);
}
END_TEST

START_TEST(test_machinery_errors)
{
    double out = -1.0;
    g_autoptr(GError) error = NULL;

    assert_invalid(yp_estimate_machinery_weight(0.0, 127.0, YP_ENGINE_DIESEL, &out, &error), &error,
                   "mcr_kw");
    g_clear_error(&error);
    assert_invalid(yp_estimate_machinery_weight(-9000.0, 127.0, YP_ENGINE_DIESEL, &out, &error),
                   &error, "mcr_kw");
    g_clear_error(&error);
    assert_invalid(yp_estimate_machinery_weight(9000.0, 0.0, YP_ENGINE_DIESEL, &out, &error),
                   &error, "rpm");
    g_clear_error(&error);
    assert_invalid(
        yp_estimate_machinery_weight(9000.0, NAN, YP_ENGINE_DIESEL_ELECTRIC, &out, &error), &error,
        "rpm");
    g_clear_error(&error);
    assert_invalid(yp_estimate_machinery_weight(INFINITY, 127.0, YP_ENGINE_DIESEL, &out, &error),
                   &error, "mcr_kw");
    g_clear_error(&error);
    ck_assert_double_eq(out, -1.0);
}
END_TEST

static Suite *estimate_suite(void)
{
    Suite *suite = suite_create("estimate");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, test_cgt_table);
    tcase_add_test(tc, test_cgt_values);
    tcase_add_test(tc, test_cgt_errors);
    tcase_add_test(tc, test_enumeral_values);
    tcase_add_test(tc, test_enumeral_errors);
    tcase_add_test(tc, test_steel_table);
    tcase_add_test(tc, test_steel_values);
    tcase_add_test(tc, test_steel_errors);
    tcase_add_test(tc, test_outfit_values);
    tcase_add_test(tc, test_outfit_errors);
    tcase_add_test(tc, test_engine_parse);
    tcase_add_test(tc, test_machinery_values);
    tcase_add_test(tc, test_machinery_errors);
    suite_add_tcase(suite, tc);
    return suite;
}

int main(void)
{
    return yp_test_run(estimate_suite());
}
