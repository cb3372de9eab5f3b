/* SPDX-License-Identifier: MPL-2.0 */
/* Currency tables and the finance engine: a dated rates table (codes,
 * dates, rates, empty cells) built from the input, conversions on it, a
 * joint-venture balance, exact splits and price escalation. Checked: every
 * accepted result is finite; a split adds up exactly to the rounded amount
 * and gives each share its quota within one unit; JV balances add up to
 * zero. */
#include "tests/fuzz/fuzz-input.h"

#include "scheduler/calendar.h"
#include "scheduler/finance.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define TODAY 739695 /* 2026-03-20 */

static const char *const codes[] = { "USD", "EUR", "KZT",
                                     "AZN", "usd", " RUB ",
                                     "",    "X",   "\xd1\x80\xd1\x83\xd0\xb1" };

static const char *make_code(FuzzInput *in, GString *scratch, GStringChunk *pool)
{
    guint8 choice = fuzz_byte(in);
    if (choice < 240)
        return codes[choice % G_N_ELEMENTS(codes)];
    return fuzz_valid_text(in, scratch, pool);
}

static YpDay make_date(FuzzInput *in)
{
    guint8 choice = fuzz_byte(in);
    if (choice < 200)
        return TODAY - 40 + choice % 80;
    switch (choice % 4) {
    case 0:
        return 0;
    case 1:
        return YP_DAY_FIRST - 1 + fuzz_pick(in, 3);
    case 2:
        return YP_DAY_LAST - 1 + fuzz_pick(in, 3);
    default:
        return (YpDay)fuzz_u32(in);
    }
}

/* A rate: mostly a plausible positive one, sometimes empty (NaN) or bad. */
static double make_rate(FuzzInput *in, gboolean base)
{
    guint8 choice = fuzz_byte(in);
    if (base && choice < 200)
        return 1;
    if (choice < 100)
        return 0.01 + choice * 4.7;
    if (choice < 140)
        return NAN;
    return fuzz_number(in);
}

static void fuzz_rates(FuzzInput *in, GString *scratch, GStringChunk *pool)
{
    gsize n_codes = fuzz_pick(in, 6), n_rows = fuzz_pick(in, 24);
    if (fuzz_pick(in, 16) == 0)
        n_rows = 1 + fuzz_u16(in) % 5000;
    const char **header = g_new0(const char *, MAX(n_codes, 1));
    YpDay *dates = g_new0(YpDay, MAX(n_rows, 1));
    double *values = g_new0(double, MAX(n_rows * n_codes, 1));
    for (gsize c = 0; c < n_codes; c++)
        header[c] = make_code(in, scratch, pool);
    for (gsize r = 0; r < n_rows; r++) {
        dates[r] = r < 24 ? make_date(in) : TODAY - (YpDay)r;
        for (gsize c = 0; c < n_codes; c++)
            values[r * n_codes + c] = r < 24 ? make_rate(in, c == 0) : (c == 0 ? 1 : 2.5 + c);
    }

    g_autoptr(GError) error = NULL;
    g_autoptr(YpRates) rates = yp_rates_new(header, n_codes, dates, n_rows, values, &error);
    if (rates == NULL) {
        fuzz_check_error(in, error);
    } else {
        FUZZ_REQUIRE(g_utf8_validate(yp_rates_base(rates), -1, NULL), "base");
        for (int q = 0; q < 4; q++) {
            double amount = fuzz_number(in), out;
            const char *from = make_code(in, scratch, pool), *to = make_code(in, scratch, pool);
            g_autoptr(GError) convert_error = NULL;
            if (yp_rates_convert(rates, amount, from, to, make_date(in), &out, &convert_error))
                FUZZ_REQUIRE(isfinite(out), "converted %g into %g", amount, out);
            else
                fuzz_check_error(in, convert_error);
        }

        /* A joint-venture balance over a few contributions. */
        static const char *const partners[] = { "KZ", "AZ", "kz", "Partner 3", "" };
        gsize n = fuzz_pick(in, 8), n_partners = fuzz_pick(in, 4);
        double amounts[8], shares[4], out[12];
        const char *currencies[8], *payers[8], *names[4];
        YpDay paid[8];
        for (gsize i = 0; i < n; i++) {
            amounts[i] = fuzz_byte(in) < 200 ? fuzz_byte(in) * 1000.0 : fuzz_number(in);
            currencies[i] = make_code(in, scratch, pool);
            paid[i] = make_date(in);
            payers[i] = partners[fuzz_pick(in, G_N_ELEMENTS(partners))];
        }
        for (gsize k = 0; k < n_partners; k++) {
            names[k] = partners[fuzz_pick(in, G_N_ELEMENTS(partners))];
            shares[k] = fuzz_byte(in) < 200 ? fuzz_pick(in, 100) : fuzz_number(in);
        }
        const char *base = make_code(in, scratch, pool);
        g_autoptr(GError) jv_error = NULL;
        if (yp_finance_jv_balance(rates, amounts, currencies, paid, payers, n, names, shares,
                                  n_partners, base, out, &jv_error)) {
            double sum = 0, scale = 1;
            for (gsize k = 0; k < 3 * n_partners; k++) {
                FUZZ_REQUIRE(isfinite(out[k]), "JV value %g", out[k]);
                scale += fabs(out[k]);
            }
            for (gsize k = 0; k < n_partners; k++)
                sum += out[3 * k + 2];
            FUZZ_REQUIRE(fabs(sum) <= 1e-9 * scale, "balances add up to %g", sum);
        } else {
            fuzz_check_error(in, jv_error);
        }
    }
    g_free(header);
    g_free(dates);
    g_free(values);
}

/* The 15 significant digits a spreadsheet shows, in units of 10^-decimals
 * (before rounding; the caller allows for a half that floating point
 * cannot tell from its neighbours). */
static double units_of(double value, int decimals)
{
    char buf[64];
    g_snprintf(buf, sizeof buf, "%.15g", value);
    return g_ascii_strtod(buf, NULL) * pow(10, decimals);
}

static void fuzz_split(FuzzInput *in)
{
    double amount = fuzz_byte(in) < 160 ? fuzz_u32(in) / 100.0 : fuzz_number(in);
    gsize n = fuzz_pick(in, 12);
    if (fuzz_pick(in, 32) == 0)
        n = fuzz_u32(in) % 200000;
    int decimals = (int)fuzz_pick(in, 9) - 1;
    double *shares = g_new(double, MAX(n, 1));
    double *parts = g_new(double, MAX(n, 1));
    for (gsize i = 0; i < n; i++)
        shares[i] =
            i < 12 ? (fuzz_byte(in) < 200 ? fuzz_pick(in, 100) : fuzz_number(in)) : 1 + i % 3;

    g_autoptr(GError) error = NULL;
    if (yp_finance_split(amount, shares, n, decimals, parts, &error)) {
        /* Exactness: the parts add up to the rounded amount, in units. */
        double exact = units_of(amount, decimals);
        gint64 total = (gint64)llround(exact), sum = 0;
        gboolean near_half = fabs(fabs(exact - trunc(exact)) - 0.5) < 1e-6;
        double share_sum = 0;
        for (gsize i = 0; i < n; i++) {
            FUZZ_REQUIRE(isfinite(parts[i]), "part %g", parts[i]);
            sum += (gint64)llround(parts[i] * pow(10, decimals));
            share_sum += shares[i];
        }
        FUZZ_REQUIRE(sum == total || (near_half && ABS(sum - total) == 1),
                     "parts add up to %" G_GINT64_FORMAT " units, not %" G_GINT64_FORMAT, sum,
                     total);
        for (gsize i = 0; i < n && share_sum > 0; i++) {
            double quota = (double)total * (shares[i] / share_sum);
            double got = (double)llround(parts[i] * pow(10, decimals));
            FUZZ_REQUIRE(fabs(got - quota) < 1 + 1e-6 * fabs(quota), "part %g for quota %g", got,
                         quota);
        }
    } else {
        fuzz_check_error(in, error);
    }
    g_free(shares);
    g_free(parts);
}

static void fuzz_escalate(FuzzInput *in)
{
    gsize n = fuzz_pick(in, 6);
    double weights[6], base[6], current[6], out;
    double fixed = fuzz_byte(in) < 200 ? fuzz_pick(in, 11) / 10.0 : fuzz_number(in);
    for (gsize i = 0; i < n; i++) {
        weights[i] = fuzz_byte(in) < 200 ? fuzz_pick(in, 11) / 10.0 : fuzz_number(in);
        base[i] = fuzz_byte(in) < 200 ? 50 + fuzz_byte(in) : fuzz_number(in);
        current[i] = fuzz_byte(in) < 200 ? 50 + fuzz_byte(in) : fuzz_number(in);
    }
    double amount = fuzz_number(in);
    g_autoptr(GError) error = NULL;
    if (yp_finance_escalate(amount, fixed, weights, base, current, n, &out, &error))
        FUZZ_REQUIRE(isfinite(out), "escalated %g into %g", amount, out);
    else
        fuzz_check_error(in, error);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzInput in;
    fuzz_input_init(&in, data, size);
    g_autoptr(GString) scratch = g_string_new(NULL);
    GStringChunk *pool = g_string_chunk_new(64);
    switch (fuzz_pick(&in, 3)) {
    case 0:
        fuzz_rates(&in, scratch, pool);
        break;
    case 1:
        fuzz_split(&in);
        break;
    default:
        fuzz_escalate(&in);
        break;
    }
    g_string_chunk_free(pool);
    return 0;
}
