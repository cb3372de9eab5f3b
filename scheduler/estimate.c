/* SPDX-License-Identifier: MPL-2.0 */
/* Parametric estimating: CGT, equipment numeral, steel, outfit and
 * machinery weight. Sources and choices: docs/estimating.md. */
#include "scheduler/estimate.h"

#include <math.h>
#include <string.h>

#include "scheduler/error.h"

/* Longest piece of a user's code echoed back in a message. */
#define ECHO_MAX 40

typedef struct {
    const char *code;
    double a;
    double b;
} CgtRow;

/* OECD Council Working Party on Shipbuilding (WP6), "Compensated Gross Ton
 * (CGT) System", 2007, table of A and B by ship type (in force from
 * 1 January 2007). */
static const CgtRow cgt_table[] = {
    { "TANKER", 48.0, 0.57 },     /* oil tankers (double hull) */
    { "CHEMICAL", 84.0, 0.55 },   /* chemical tankers */
    { "BULK", 29.0, 0.61 },       /* bulk carriers */
    { "COMBINED", 33.0, 0.62 },   /* combined carriers */
    { "CARGO", 27.0, 0.64 },      /* general cargo ships */
    { "REEFER", 27.0, 0.68 },     /* reefers */
    { "CONTAINER", 19.0, 0.68 },  /* full container ships */
    { "RORO", 32.0, 0.63 },       /* ro-ro vessels */
    { "CARCARRIER", 15.0, 0.70 }, /* car carriers */
    { "LPG", 62.0, 0.57 },        /* LPG carriers */
    { "LNG", 32.0, 0.68 },        /* LNG carriers */
    { "FERRY", 20.0, 0.71 },      /* ferries */
    { "PASSENGER", 49.0, 0.67 },  /* passenger ships */
    { "FISHING", 24.0, 0.71 },    /* fishing vessels */
    { "NCCV", 46.0, 0.62 },       /* non-cargo-carrying vessels */
};

typedef struct {
    const char *code;
    double k;
} SteelRow;

/* Watson, "Practical Ship Design", 1998, Table 4.1 (p. 85): the mean K of
 * each type, i.e. the midpoint of its published range; CARGO and FISHING
 * (trawlers) are not in that table and come from Watson and Gilfillan,
 * "Some ship design methods", RINA 1977, as the midpoint of the quoted
 * range. */
static const SteelRow steel_table[] = {
    { "TANKER", 0.032 },                           /* 0.032 +- 0.003 */
    { "CHEMICAL", 0.036 },                         /* 0.036 +- 0.001 */
    { "BULK", 0.031 },                             /* 0.031 +- 0.002 */
    { "CONTAINER", 0.036 }, { "REEFER", 0.034 },   /* refrigerated cargo */
    { "COASTER", 0.030 },   { "OFFSHORE", 0.045 }, /* offshore supply */
    { "TUG", 0.044 },       { "RESEARCH", 0.045 },
    { "FERRY", 0.031 },                           /* ro-ro ferries, 0.031 +- 0.006 */
    { "PASSENGER", 0.038 }, { "FRIGATE", 0.023 }, /* frigates and corvettes */
    { "CARGO", 0.033 },                           /* W&G 1977: 0.029 .. 0.037 */
    { "FISHING", 0.0415 },                        /* W&G 1977 trawlers: 0.041 .. 0.042 */
};

/* Accepted outfit codes, in the order the message lists them. */
static const char *const outfit_codes[] = { "CARGO", "CONTAINER", "BULK", "TANKER" };

/* Trims blanks; returns the start and sets *len. */
static const char *trim_code(const char *text, gsize *len)
{
    const char *start = text;
    while (*start != '\0' && g_ascii_isspace(*start))
        start++;
    gsize n = strlen(start);
    while (n > 0 && g_ascii_isspace(start[n - 1]))
        n--;
    *len = n;
    return start;
}

static gboolean code_is(const char *text, gsize len, const char *code)
{
    return strlen(code) == len && g_ascii_strncasecmp(text, code, len) == 0;
}

static void set_unknown_code(GError **error, const char *what, const char *text, gsize len,
                             const char *const *codes, gsize n_codes, const char *tail)
{
    g_autoptr(GString) list = g_string_new(NULL);
    for (gsize i = 0; i < n_codes; i++) {
        if (i > 0)
            g_string_append(list, i + 1 == n_codes ? " or " : ", ");
        g_string_append(list, codes[i]);
    }
    if (len == 0) {
        g_set_error(error, YP_ERROR, YP_ERROR_INVALID, "The %s is empty; use %s%s.", what,
                    list->str, tail);
        return;
    }
    int shown = yp_error_clip(text, MIN(len, (gsize)ECHO_MAX));
    g_set_error(error, YP_ERROR, YP_ERROR_INVALID, "Unknown %s \"%.*s%s\"; use %s%s.", what, shown,
                text, len > ECHO_MAX ? "..." : "", list->str, tail);
}

static gboolean check_positive(double value, const char *what, const char *unit, GError **error)
{
    if (isfinite(value) && value > 0.0)
        return TRUE;
    g_set_error(error, YP_ERROR, YP_ERROR_INVALID, "The %s must be a positive number%s, not %g.",
                what, unit, value);
    return FALSE;
}

/* A result that overflowed means absurd input units; never hand back inf. */
static gboolean check_result(double value, double *out, GError **error)
{
    if (!isfinite(value)) {
        g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                    "The inputs are too large to give a finite result; check their units.");
        return FALSE;
    }
    *out = value;
    return TRUE;
}

gboolean yp_estimate_cgt_coefficients(const char *type, double *a, double *b, GError **error)
{
    g_return_val_if_fail(type != NULL && a != NULL && b != NULL, FALSE);
    gsize len;
    const char *text = trim_code(type, &len);
    const char *codes[G_N_ELEMENTS(cgt_table)];
    for (gsize i = 0; i < G_N_ELEMENTS(cgt_table); i++) {
        if (code_is(text, len, cgt_table[i].code)) {
            *a = cgt_table[i].a;
            *b = cgt_table[i].b;
            return TRUE;
        }
        codes[i] = cgt_table[i].code;
    }
    set_unknown_code(error, "ship type", text, len, codes, G_N_ELEMENTS(codes),
                     ", or give A as a number together with the exponent b");
    return FALSE;
}

gboolean yp_estimate_cgt(double gt, double a, double b, double *out, GError **error)
{
    g_return_val_if_fail(out != NULL, FALSE);
    if (!check_positive(gt, "gross tonnage gt", "", error) ||
        !check_positive(a, "coefficient A", "", error))
        return FALSE;
    /* The OECD exponents lie between 0.55 and 0.71: work per gross ton
     * falls with size. An exponent above 1 would reverse that. */
    if (!(isfinite(b) && b > 0.0 && b <= 1.0)) {
        g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                    "The exponent b must be above 0 and at most 1, not %g.", b);
        return FALSE;
    }
    /* OECD 2007: CGT = A * GT^B. */
    return check_result(a * pow(gt, b), out, error);
}

static gboolean check_list(const double *values, gsize n, const char *name, const char *what,
                           double *sum, GError **error)
{
    if (n > YP_ESTIMATE_MAX_ERECTIONS) {
        g_set_error(error, YP_ERROR, YP_ERROR_LIMIT,
                    "%s has %" G_GSIZE_FORMAT " entries; at most %d are accepted.", name, n,
                    YP_ESTIMATE_MAX_ERECTIONS);
        return FALSE;
    }
    g_return_val_if_fail(n == 0 || values != NULL, FALSE);
    double total = 0.0;
    for (gsize i = 0; i < n; i++) {
        if (!(isfinite(values[i]) && values[i] >= 0.0)) {
            g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                        "Entry %" G_GSIZE_FORMAT " of %s is %g; each entry is the length times "
                        "the height of one %s in m2 and must be zero or positive.",
                        i + 1, name, values[i], what);
            return FALSE;
        }
        total += values[i];
    }
    *sum = total;
    return TRUE;
}

/* Validates the main dimensions shared by the numeral and the steel weight. */
static gboolean check_dimensions(double l, double b, double d, double t, GError **error)
{
    if (!check_positive(l, "length l", " of metres", error) ||
        !check_positive(b, "breadth b", " of metres", error) ||
        !check_positive(d, "depth d", " of metres", error) ||
        !check_positive(t, "draught t", " of metres", error))
        return FALSE;
    if (b >= l) {
        g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                    "The breadth b (%g m) is not smaller than the length l (%g m); check the "
                    "order of the arguments.",
                    b, l);
        return FALSE;
    }
    if (t > d) {
        g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                    "The draught t (%g m) is above the depth d (%g m); the load draught cannot "
                    "exceed the moulded depth.",
                    t, d);
        return FALSE;
    }
    return TRUE;
}

gboolean yp_estimate_enumeral(double l, double b, double d, double t, const double *l1h1,
                              gsize n_l1h1, const double *l2h2, gsize n_l2h2, double *out,
                              GError **error)
{
    g_return_val_if_fail(out != NULL, FALSE);
    double sum1 = 0.0, sum2 = 0.0;
    if (!check_dimensions(l, b, d, t, error) ||
        !check_list(l1h1, n_l1h1, "l1h1", "full-width erection", &sum1, error) ||
        !check_list(l2h2, n_l2h2, "l2h2", "house", &sum2, error))
        return FALSE;
    /* Lloyd's equipment numeral of 1962 as kept by Watson and Gilfillan
     * (1977) and Watson (1998, section 4.2.1):
     * E = L(B+T) + 0.85 L(D-T) + 0.85 sum l1h1 + 0.75 sum l2h2. */
    double e = l * (b + t) + 0.85 * l * (d - t) + 0.85 * sum1 + 0.75 * sum2;
    return check_result(e, out, error);
}

gboolean yp_estimate_steel_k(const char *type, double *k, GError **error)
{
    g_return_val_if_fail(type != NULL && k != NULL, FALSE);
    gsize len;
    const char *text = trim_code(type, &len);
    const char *codes[G_N_ELEMENTS(steel_table)];
    for (gsize i = 0; i < G_N_ELEMENTS(steel_table); i++) {
        if (code_is(text, len, steel_table[i].code)) {
            *k = steel_table[i].k;
            return TRUE;
        }
        codes[i] = steel_table[i].code;
    }
    set_unknown_code(error, "ship type", text, len, codes, G_N_ELEMENTS(codes),
                     ", or give the steel coefficient K as a number");
    return FALSE;
}

gboolean yp_estimate_steel_weight(double l, double b, double d, double t, double cb, double k,
                                  const double *l1h1, gsize n_l1h1, const double *l2h2,
                                  gsize n_l2h2, double *out, GError **error)
{
    g_return_val_if_fail(out != NULL, FALSE);
    double e;
    if (!yp_estimate_enumeral(l, b, d, t, l1h1, n_l1h1, l2h2, n_l2h2, &e, error))
        return FALSE;
    if (!(isfinite(cb) && cb >= YP_ESTIMATE_CB_MIN && cb <= YP_ESTIMATE_CB_MAX)) {
        g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                    "The block coefficient cb must lie between %.2f and %.2f, not %g.",
                    YP_ESTIMATE_CB_MIN, YP_ESTIMATE_CB_MAX, cb);
        return FALSE;
    }
    /* Below T = 0.2 D the extrapolation to 0.8 D gives CB' > 1. */
    if (t < 0.2 * d) {
        g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                    "The draught t (%g m) is less than a fifth of the depth d (%g m), which puts "
                    "the block coefficient at 0.8 d above 1; check t and d.",
                    t, d);
        return FALSE;
    }
    if (!check_positive(k, "steel coefficient K", "", error))
        return FALSE;
    /* Block coefficient at 0.8 D, Watson (1998, Fig. 4.19a, row 27):
     * CB' = CB + (1 - CB)(0.8 D - T)/(3 T). */
    double cb08 = cb + (1.0 - cb) * (0.8 * d - t) / (3.0 * t);
    /* Watson and Gilfillan (1977), Watson (1998, eq. 4.3 and Table 4.1):
     * Ws7 = K E^1.36 at CB' = 0.70, corrected (eq. 4.2, factor 0.5 as
     * chosen in docs/estimating.md) by Ws = Ws7 (1 + 0.5 (CB' - 0.70)). */
    double ws7 = k * pow(e, 1.36);
    return check_result(ws7 * (1.0 + 0.5 * (cb08 - 0.70)), out, error);
}

gboolean yp_estimate_outfit_k(const char *type, double l, double *k, GError **error)
{
    g_return_val_if_fail(type != NULL && k != NULL, FALSE);
    gsize len;
    const char *text = trim_code(type, &len);
    /* Schneekluth and Bertram, "Ship Design for Efficiency and Economy",
     * 2nd ed. 1998, section 2.5.2: K of Wo = K L B in t/m2, the midpoint
     * of each published range; BULK and TANKER vary with length and are
     * interpolated linearly between the published lengths. */
    if (code_is(text, len, "CARGO") || code_is(text, len, "CONTAINER")) {
        if (!check_positive(l, "length l", " of metres", error))
            return FALSE;
        *k = code_is(text, len, "CARGO") ? 0.425 : 0.36;
        return TRUE;
    }
    if (code_is(text, len, "BULK")) {
        if (!check_positive(l, "length l", " of metres", error))
            return FALSE;
        /* 0.22-0.25 at about 140 m, 0.17-0.18 at about 250 m. */
        if (l < 140.0 || l > 250.0) {
            g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                        "The outfit coefficient of BULK is published only for lengths from 140 "
                        "to 250 m, not %g m; give K as a number instead.",
                        l);
            return FALSE;
        }
        *k = 0.235 + (l - 140.0) * (0.175 - 0.235) / (250.0 - 140.0);
        return TRUE;
    }
    if (code_is(text, len, "TANKER")) {
        if (!check_positive(l, "length l", " of metres", error))
            return FALSE;
        /* 0.28 at about 150 m, 0.17 over 300 m. */
        if (l < 150.0) {
            g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                        "The outfit coefficient of TANKER is published only for lengths of 150 m "
                        "and more, not %g m; give K as a number instead.",
                        l);
            return FALSE;
        }
        *k = l >= 300.0 ? 0.17 : 0.28 + (l - 150.0) * (0.17 - 0.28) / (300.0 - 150.0);
        return TRUE;
    }
    set_unknown_code(error, "ship type", text, len, outfit_codes, G_N_ELEMENTS(outfit_codes),
                     ", or give the outfit coefficient K as a number");
    return FALSE;
}

gboolean yp_estimate_outfit_weight(double l, double b, double k, double *out, GError **error)
{
    g_return_val_if_fail(out != NULL, FALSE);
    if (!check_positive(l, "length l", " of metres", error) ||
        !check_positive(b, "breadth b", " of metres", error) ||
        !check_positive(k, "outfit coefficient K", " of tonnes per m2", error))
        return FALSE;
    if (b >= l) {
        g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                    "The breadth b (%g m) is not smaller than the length l (%g m); check the "
                    "order of the arguments.",
                    b, l);
        return FALSE;
    }
    /* Square-number method, Watson (1998, section 4.4.1) and Schneekluth
     * and Bertram (1998, section 2.5.2): Wo = K L B. */
    return check_result(k * l * b, out, error);
}

gboolean yp_estimate_engine_parse(const char *text, YpEngine *out, GError **error)
{
    g_return_val_if_fail(out != NULL, FALSE);
    if (text == NULL) {
        *out = YP_ENGINE_DIESEL;
        return TRUE;
    }
    gsize len;
    const char *code = trim_code(text, &len);
    if (len == 0 || code_is(code, len, "DIESEL") || code_is(code, len, "SSD") ||
        code_is(code, len, "MSD")) {
        *out = YP_ENGINE_DIESEL;
        return TRUE;
    }
    if (code_is(code, len, "DE") || code_is(code, len, "DIESELELECTRIC")) {
        *out = YP_ENGINE_DIESEL_ELECTRIC;
        return TRUE;
    }
    static const char *const codes[] = { "DIESEL", "SSD", "MSD", "DE", "DIESELELECTRIC" };
    set_unknown_code(error, "engine", code, len, codes, G_N_ELEMENTS(codes), "");
    return FALSE;
}

gboolean yp_estimate_machinery_weight(double mcr_kw, double rpm, YpEngine engine, double *out,
                                      GError **error)
{
    g_return_val_if_fail(out != NULL, FALSE);
    g_return_val_if_fail(engine == YP_ENGINE_DIESEL || engine == YP_ENGINE_DIESEL_ELECTRIC, FALSE);
    if (!check_positive(mcr_kw, "power mcr_kw", " of kilowatts", error) ||
        !check_positive(rpm, "engine speed rpm", " of revolutions per minute", error))
        return FALSE;
    double w;
    if (engine == YP_ENGINE_DIESEL_ELECTRIC) {
        /* Watson (1998, section 4.5.6, Fig. 4.17), as quoted by Parsons
         * (2003, chapter 11): whole diesel-electric plant 0.72 MCR^0.78. */
        w = 0.72 * pow(mcr_kw, 0.78);
    } else {
        /* Watson (1998, section 4.5.4, Fig. 4.15): dry main engine, slow
         * and medium speed, 12.0 (MCR/rpm)^0.84 with engine rpm; section
         * 4.5.5, eq. 4.10: remainder K MCR^0.70, K = 0.69 for bulk
         * carriers and general cargo ships. */
        w = 12.0 * pow(mcr_kw / rpm, 0.84) + 0.69 * pow(mcr_kw, 0.70);
    }
    return check_result(w, out, error);
}
