/* SPDX-License-Identifier: MPL-2.0 */
#include "scheduler/finance.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "scheduler/caseless.h"
#include "scheduler/error.h"

struct _YpRates {
    gsize n_codes;
    char **names;      /* header codes, trimmed, as written */
    GHashTable *index; /* folded code -> column + 1 */
    gsize base;        /* leftmost column whose every rate is 1 */
    YpDay first_day;   /* the earliest date with a rate: the base's from then on */
    gsize *start;      /* n_codes + 1 offsets into days/vals (CSR by column) */
    YpDay *days;       /* per column, ascending, no repeats */
    double *vals;
    gsize *rows; /* 0-based input row of each entry, for messages */
};

static const guint64 pow10_u64[20] = {
    G_GUINT64_CONSTANT(1),
    G_GUINT64_CONSTANT(10),
    G_GUINT64_CONSTANT(100),
    G_GUINT64_CONSTANT(1000),
    G_GUINT64_CONSTANT(10000),
    G_GUINT64_CONSTANT(100000),
    G_GUINT64_CONSTANT(1000000),
    G_GUINT64_CONSTANT(10000000),
    G_GUINT64_CONSTANT(100000000),
    G_GUINT64_CONSTANT(1000000000),
    G_GUINT64_CONSTANT(10000000000),
    G_GUINT64_CONSTANT(100000000000),
    G_GUINT64_CONSTANT(1000000000000),
    G_GUINT64_CONSTANT(10000000000000),
    G_GUINT64_CONSTANT(100000000000000),
    G_GUINT64_CONSTANT(1000000000000000),
    G_GUINT64_CONSTANT(10000000000000000),
    G_GUINT64_CONSTANT(100000000000000000),
    G_GUINT64_CONSTANT(1000000000000000000),
    G_GUINT64_CONSTANT(10000000000000000000),
};

/* Trimmed copy of @text, or NULL when it is not valid UTF-8. */
static char *trimmed(const char *text)
{
    if (text == NULL)
        return g_strdup("");
    if (!g_utf8_validate(text, -1, NULL))
        return NULL;
    return g_strstrip(g_strdup(text));
}

/* The comparison key of a code or a name: trimmed, then a compatibility
 * caseless key (scheduler/caseless.h). NULL for invalid UTF-8. */
static char *fold_key(const char *text)
{
    g_autofree char *t = trimmed(text);
    return t != NULL ? yp_caseless_key(t, -1, G_NORMALIZE_NFKD) : NULL;
}

typedef struct {
    YpDay day;
    gsize row;
} DayRow;

static int day_row_cmp(const void *a, const void *b)
{
    const DayRow *x = a, *y = b;
    if (x->day != y->day)
        return x->day < y->day ? -1 : 1;
    return x->row < y->row ? -1 : (x->row > y->row ? 1 : 0);
}

void yp_rates_free(YpRates *rates)
{
    if (rates == NULL)
        return;
    if (rates->names != NULL)
        g_strfreev(rates->names);
    if (rates->index != NULL)
        g_hash_table_destroy(rates->index);
    g_free(rates->start);
    g_free(rates->days);
    g_free(rates->vals);
    g_free(rates->rows);
    g_free(rates);
}

/* A row without rates (a blank separator, a bank holiday with no fixing)
 * says nothing, whatever its date. */
static gboolean row_has_rate(const double *values, gsize n_codes, gsize row)
{
    for (gsize j = 0; j < n_codes; j++)
        if (!isnan(values[row * n_codes + j]))
            return TRUE;
    return FALSE;
}

YpRates *yp_rates_new(const char *const *codes, gsize n_codes, const YpDay *dates, gsize n_rows,
                      const double *values, GError **error)
{
    g_return_val_if_fail(codes != NULL || n_codes == 0, NULL);
    g_return_val_if_fail(dates != NULL || n_rows == 0, NULL);
    g_return_val_if_fail(values != NULL || n_rows * n_codes == 0, NULL);

    if (n_codes == 0) {
        g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                    "The rates table has no currency columns: put currency codes in its "
                    "header row, right of the dates.");
        return NULL;
    }
    if (n_rows == 0) {
        g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                    "The rates table has no rows of rates below its header row.");
        return NULL;
    }
    if (n_codes > YP_RATES_MAX_CURRENCIES || n_rows > YP_RATES_MAX_ROWS ||
        n_codes * n_rows > YP_RATES_MAX_CELLS) {
        g_set_error(error, YP_ERROR, YP_ERROR_LIMIT,
                    "The rates table has %" G_GSIZE_FORMAT " rows and %" G_GSIZE_FORMAT
                    " currencies; the limit is %d rows, %d currencies and %d rates in all.",
                    n_rows, n_codes, YP_RATES_MAX_ROWS, YP_RATES_MAX_CURRENCIES,
                    YP_RATES_MAX_CELLS);
        return NULL;
    }

    g_autoptr(YpRates) rates = g_new0(YpRates, 1);
    rates->n_codes = n_codes;
    rates->names = g_new0(char *, n_codes + 1);
    rates->index = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    for (gsize j = 0; j < n_codes; j++) {
        char *key = fold_key(codes[j]);
        rates->names[j] = trimmed(codes[j]);
        if (key == NULL || rates->names[j] == NULL || key[0] == '\0') {
            g_free(key);
            g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                        "Column %" G_GSIZE_FORMAT " of the rates table has no currency code "
                        "in its header row.",
                        j + 2);
            return NULL;
        }
        gpointer prev = g_hash_table_lookup(rates->index, key);
        if (prev != NULL) {
            g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                        "Columns %" G_GSIZE_FORMAT " and %" G_GSIZE_FORMAT
                        " of the rates table both hold the currency %s.",
                        (gsize)GPOINTER_TO_SIZE(prev) + 1, j + 2, rates->names[j]);
            g_free(key);
            return NULL;
        }
        g_hash_table_insert(rates->index, key, GSIZE_TO_POINTER(j + 1));
    }

    /* Validate every cell before indexing, so the first fault reported is
     * the first in reading order. */
    gsize n_entries = 0;
    for (gsize i = 0; i < n_rows; i++) {
        if (!row_has_rate(values, n_codes, i))
            continue;
        if (dates[i] < YP_DAY_FIRST || dates[i] > YP_DAY_LAST) {
            g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                        "Row %" G_GSIZE_FORMAT " of the rates table has no valid date in its "
                        "first column.",
                        i + 2);
            return NULL;
        }
        for (gsize j = 0; j < n_codes; j++) {
            double v = values[i * n_codes + j];
            if (isnan(v))
                continue;
            if (!isfinite(v) || v <= 0) {
                g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                            "Row %" G_GSIZE_FORMAT " of the rates table gives %s the rate %g; "
                            "a rate must be a positive number of units per one unit of the base.",
                            i + 2, rates->names[j], v);
                return NULL;
            }
            n_entries++;
        }
    }

    g_autofree DayRow *order = g_new(DayRow, n_rows);
    for (gsize i = 0; i < n_rows; i++) {
        order[i].day = dates[i];
        order[i].row = i;
    }
    qsort(order, n_rows, sizeof *order, day_row_cmp);

    rates->start = g_new(gsize, n_codes + 1);
    rates->days = g_new(YpDay, MAX(n_entries, 1));
    rates->vals = g_new(double, MAX(n_entries, 1));
    rates->rows = g_new(gsize, MAX(n_entries, 1));
    gsize k = 0;
    for (gsize j = 0; j < n_codes; j++) {
        rates->start[j] = k;
        for (gsize r = 0; r < n_rows; r++) {
            gsize i = order[r].row;
            double v = values[i * n_codes + j];
            if (isnan(v))
                continue;
            if (k > rates->start[j] && rates->days[k - 1] == dates[i]) {
                if (rates->vals[k - 1] == v)
                    continue;
                char day[YP_DAY_FORMAT_SIZE];
                yp_day_format(dates[i], day);
                g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                            "Rows %" G_GSIZE_FORMAT " and %" G_GSIZE_FORMAT
                            " of the rates table give %s two different rates on %s.",
                            rates->rows[k - 1] + 2, i + 2, rates->names[j], day);
                return NULL;
            }
            rates->days[k] = dates[i];
            rates->vals[k] = v;
            rates->rows[k] = i;
            k++;
        }
    }
    rates->start[n_codes] = k;

    /* The dates that carry a rate, from the rows in date order: how many
     * there are, and the first, from which the base is 1. */
    gsize n_dated = 0;
    YpDay last = YP_DAY_LAST;
    rates->first_day = YP_DAY_LAST;
    for (gsize r = 0; r < n_rows; r++) {
        gsize i = order[r].row;
        if (!row_has_rate(values, n_codes, i) || (n_dated > 0 && dates[i] == last))
            continue;
        if (n_dated++ == 0)
            rates->first_day = dates[i];
        last = dates[i];
    }

    /* The base: the currency whose every rate is 1. Several such columns
     * are at par with each other, so any would do; take the first, and one
     * filled on every row before one with empty cells (1 goes without
     * saying, so a planner may leave it out on a row). */
    gboolean found = FALSE;
    for (int pass = 0; pass < 2 && !found; pass++)
        for (gsize j = 0; j < n_codes && !found; j++) {
            gsize filled = rates->start[j + 1] - rates->start[j];
            gboolean all_one = filled > 0 && (pass == 1 || filled == n_dated);
            for (gsize e = rates->start[j]; e < rates->start[j + 1] && all_one; e++)
                all_one = rates->vals[e] == 1.0;
            if (all_one) {
                rates->base = j;
                found = TRUE;
            }
        }
    if (!found) {
        g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                    "The rates table has no base currency: one column must hold 1 (or "
                    "nothing) on every row, since rates are units of each currency per one "
                    "unit of the base.");
        return NULL;
    }
    return g_steal_pointer(&rates);
}

const char *yp_rates_base(const YpRates *rates)
{
    g_return_val_if_fail(rates != NULL, NULL);
    return rates->names[rates->base];
}

/* Column of @code, or -1 when the table does not hold it. */
static gssize rates_column(const YpRates *rates, const char *code)
{
    g_autofree char *key = fold_key(code);
    if (key == NULL)
        return -1;
    gpointer hit = g_hash_table_lookup(rates->index, key);
    return hit == NULL ? -1 : (gssize)GPOINTER_TO_SIZE(hit) - 1;
}

/* Latest rate of column @j on or before @date; FALSE when there is none.
 * The base is 1 from the table's first date on, filled in or not. */
static gboolean rates_lookup(const YpRates *rates, gsize j, YpDay date, double *out)
{
    if (j == rates->base) {
        *out = 1.0;
        return date >= rates->first_day;
    }
    gsize lo = rates->start[j], hi = rates->start[j + 1];
    /* Binary search for the first entry dated after @date. */
    while (lo < hi) {
        gsize mid = lo + (hi - lo) / 2;
        if (rates->days[mid] <= date)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo == rates->start[j])
        return FALSE;
    *out = rates->vals[lo - 1];
    return TRUE;
}

static void set_unknown_currency(GError **error, const char *prefix, const char *code)
{
    g_autofree char *t = trimmed(code);
    g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                "%sthe currency \"%s\" is not in the header row of the rates table.", prefix,
                t != NULL ? t : "?");
}

static void set_no_rate(GError **error, const char *prefix, const YpRates *rates, gsize j,
                        YpDay date)
{
    char day[YP_DAY_FORMAT_SIZE];
    yp_day_format(date, day);
    g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                "%sthe rates table has no %s rate on or before %s; add an earlier rate.", prefix,
                rates->names[j], day);
}

/* Capitalises the first letter of a message built from a lower-case clause. */
static void capitalise(GError *error)
{
    if (error != NULL && error->message != NULL)
        error->message[0] = g_ascii_toupper(error->message[0]);
}

gboolean yp_rates_rate(const YpRates *rates, const char *code, YpDay date, double *out,
                       GError **error)
{
    g_return_val_if_fail(rates != NULL && out != NULL, FALSE);
    gssize j = rates_column(rates, code);
    if (j < 0) {
        set_unknown_currency(error, "", code);
        capitalise(error ? *error : NULL);
        return FALSE;
    }
    if (!rates_lookup(rates, (gsize)j, date, out)) {
        set_no_rate(error, "", rates, (gsize)j, date);
        capitalise(error ? *error : NULL);
        return FALSE;
    }
    return TRUE;
}

/* amount * r_to / r_from; FALSE when the result overflows. Written so that
 * converting from or to the base (rate 1) is a single exact operation. */
static gboolean cross(double amount, double r_from, double r_to, double *out)
{
    double v = (amount * r_to) / r_from;
    if (!isfinite(v))
        return FALSE;
    *out = v;
    return TRUE;
}

gboolean yp_rates_convert(const YpRates *rates, double amount, const char *from, const char *to,
                          YpDay date, double *out, GError **error)
{
    g_return_val_if_fail(rates != NULL && out != NULL, FALSE);
    if (!isfinite(amount)) {
        g_set_error(error, YP_ERROR, YP_ERROR_INVALID, "The amount to convert is not a number.");
        return FALSE;
    }
    double r_from, r_to;
    if (!yp_rates_rate(rates, from, date, &r_from, error) ||
        !yp_rates_rate(rates, to, date, &r_to, error))
        return FALSE;
    if (rates_column(rates, from) == rates_column(rates, to)) {
        *out = amount;
        return TRUE;
    }
    if (!cross(amount, r_from, r_to, out)) {
        g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                    "The converted amount is too large to represent.");
        return FALSE;
    }
    return TRUE;
}

/* --- SPLIT ------------------------------------------------------------ */

/* |value| = *mant * 10^*exp10 as the 15 significant digits a spreadsheet
 * shows, with no trailing zeros in *mant (0 gives 0). @value is finite. */
static void decimal15(double value, guint64 *mant, int *exp10)
{
    *mant = 0;
    *exp10 = 0;
    if (value == 0)
        return;
    char buf[G_ASCII_DTOSTR_BUF_SIZE];
    g_ascii_formatd(buf, sizeof buf, "%.14e", fabs(value));
    guint64 m = 0;
    const char *p = buf;
    for (; *p != '\0' && *p != 'e' && *p != 'E'; p++)
        if (g_ascii_isdigit(*p))
            m = m * 10 + (guint64)(*p - '0');
    int e = (*p != '\0' ? (int)g_ascii_strtoll(p + 1, NULL, 10) : 0) - 14;
    while (m != 0 && m % 10 == 0) {
        m /= 10;
        e++;
    }
    *mant = m;
    *exp10 = e;
}

/* round(m * 10^k), half up, for m < 10^15 and k < 0 or m * 10^k < 2^64. */
static guint64 scale_round(guint64 m, int k)
{
    if (k >= 0)
        return m * pow10_u64[k];
    if (-k > 19)
        return 0;
    guint64 p = pow10_u64[-k], q = m / p, r = m % p;
    return r >= p - r ? q + 1 : q;
}

/* Number of decimal digits of @m > 0. */
static int digits(guint64 m)
{
    int d = 1;
    while (d < 20 && m >= pow10_u64[d])
        d++;
    return d;
}

/* 64 x 64 -> 128-bit product, portable. */
static void mul_64(guint64 a, guint64 b, guint64 *hi, guint64 *lo)
{
    guint64 a0 = a & 0xffffffffu, a1 = a >> 32, b0 = b & 0xffffffffu, b1 = b >> 32;
    guint64 p00 = a0 * b0, p01 = a0 * b1, p10 = a1 * b0, p11 = a1 * b1;
    guint64 mid = (p00 >> 32) + (p01 & 0xffffffffu) + (p10 & 0xffffffffu);
    *lo = (mid << 32) | (p00 & 0xffffffffu);
    *hi = p11 + (p01 >> 32) + (p10 >> 32) + (mid >> 32);
}

/* (hi:lo) / d and its remainder, for d < 2^63 and hi < d. */
static guint64 divmod_128(guint64 hi, guint64 lo, guint64 d, guint64 *rem)
{
    guint64 q = 0;
    for (int bit = 63; bit >= 0; bit--) {
        hi = (hi << 1) | (lo >> 63);
        lo <<= 1;
        q <<= 1;
        if (hi >= d) {
            hi -= d;
            q |= 1;
        }
    }
    *rem = hi;
    return q;
}

typedef struct {
    guint64 rem;
    gsize index;
} Remainder;

/* Largest remainder first; equal remainders: earlier share first. */
static int remainder_cmp(const void *a, const void *b)
{
    const Remainder *x = a, *y = b;
    if (x->rem != y->rem)
        return x->rem > y->rem ? -1 : 1;
    return x->index < y->index ? -1 : (x->index > y->index ? 1 : 0);
}

#define SHARE_SCALE_MAX G_GUINT64_CONSTANT(1000000000000000000) /* 10^18 */

gboolean yp_finance_split(double amount, const double *shares, gsize n_shares, int decimals,
                          double *parts, GError **error)
{
    g_return_val_if_fail(shares != NULL || n_shares == 0, FALSE);
    g_return_val_if_fail(parts != NULL || n_shares == 0, FALSE);

    if (n_shares == 0) {
        g_set_error(error, YP_ERROR, YP_ERROR_INVALID, "Give at least one share to split by.");
        return FALSE;
    }
    if (n_shares > YP_FINANCE_MAX_SHARES) {
        g_set_error(error, YP_ERROR, YP_ERROR_LIMIT,
                    "There are %" G_GSIZE_FORMAT " shares; SPLIT takes at most %d.", n_shares,
                    YP_FINANCE_MAX_SHARES);
        return FALSE;
    }
    if (decimals < 0 || decimals > YP_FINANCE_MAX_DECIMALS) {
        g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                    "The number of decimals is %d; give a whole number from 0 to %d.", decimals,
                    YP_FINANCE_MAX_DECIMALS);
        return FALSE;
    }
    if (!isfinite(amount)) {
        g_set_error(error, YP_ERROR, YP_ERROR_INVALID, "The amount to split is not a number.");
        return FALSE;
    }
    int e_min = G_MAXINT, e_top = G_MININT;
    g_autofree guint64 *mant = g_new0(guint64, n_shares);
    g_autofree int *expo = g_new0(int, n_shares);
    for (gsize i = 0; i < n_shares; i++) {
        double s = shares[i];
        if (!isfinite(s) || s < 0) {
            g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                        "Share %" G_GSIZE_FORMAT " is %g; shares must be numbers of 0 or more.",
                        i + 1, s);
            return FALSE;
        }
        if (s > 0) {
            decimal15(s, &mant[i], &expo[i]);
            e_min = MIN(e_min, expo[i]);
            e_top = MAX(e_top, expo[i] + digits(mant[i]) - 1);
        }
    }
    if (e_top == G_MININT) {
        g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                    "The shares add up to zero; give at least one share above 0.");
        return FALSE;
    }

    /* The rounded amount in whole units of 10^-decimals. */
    guint64 m_amount;
    int e_amount;
    decimal15(amount, &m_amount, &e_amount);
    guint64 total = 0;
    if (m_amount != 0) {
        int k = e_amount + decimals;
        if (k > 15 || (k >= 0 && m_amount > YP_FINANCE_MAX_UNITS / pow10_u64[k])) {
            total = YP_FINANCE_MAX_UNITS + 1;
        } else {
            total = scale_round(m_amount, k);
        }
        if (total > YP_FINANCE_MAX_UNITS) {
            g_set_error(error, YP_ERROR, YP_ERROR_LIMIT,
                        "The amount %.15g has more than 15 digits at %d decimals, too many to "
                        "split exactly; use fewer decimals or split it in thousands.",
                        amount, decimals);
            return FALSE;
        }
    }

    /* Shares as integers on a common decimal scale 10^E, holding 18 digits
     * of the total: exact for every share a planner types, and the quotas
     * T * s_i / S are then exact in 128-bit integer arithmetic. */
    g_autofree guint64 *scaled = g_new(guint64, n_shares);
    guint64 sum = 0;
    int E = MAX(e_min, e_top - 17);
    for (int attempt = 0; attempt < 40; attempt++, E++) {
        gboolean overflow = FALSE;
        sum = 0;
        for (gsize i = 0; i < n_shares && !overflow; i++) {
            scaled[i] = mant[i] == 0 ? 0 : scale_round(mant[i], expo[i] - E);
            sum += scaled[i];
            overflow = sum > SHARE_SCALE_MAX;
        }
        if (!overflow)
            break;
    }
    g_assert(sum > 0 && sum <= SHARE_SCALE_MAX);

    /* Hamilton's largest-remainder method: floor of each quota, then the
     * units left over to the largest remainders (Balinski & Young, Fair
     * Representation, 2nd ed., 2001, ch. 2). */
    g_autofree Remainder *rems = g_new(Remainder, n_shares);
    gsize n_rems = 0;
    guint64 given = 0;
    g_autofree guint64 *units = g_new(guint64, n_shares);
    for (gsize i = 0; i < n_shares; i++) {
        guint64 hi, lo, rem;
        mul_64(total, scaled[i], &hi, &lo);
        units[i] = divmod_128(hi, lo, sum, &rem);
        given += units[i];
        if (rem > 0) {
            rems[n_rems].rem = rem;
            rems[n_rems].index = i;
            n_rems++;
        }
    }
    guint64 left = total - given;
    g_assert(left <= n_rems);
    qsort(rems, n_rems, sizeof *rems, remainder_cmp);
    for (gsize r = 0; r < left; r++)
        units[rems[r].index]++;

    double scale = (double)pow10_u64[decimals];
    for (gsize i = 0; i < n_shares; i++) {
        double v = (double)units[i] / scale;
        parts[i] = (amount < 0 && units[i] != 0) ? -v : v;
    }
    return TRUE;
}

/* --- JVBALANCE -------------------------------------------------------- */

/* Neumaier's compensated sum, so a long ledger does not drift. */
typedef struct {
    double sum, comp;
} Sum;

static void sum_add(Sum *s, double x)
{
    double t = s->sum + x;
    if (fabs(s->sum) >= fabs(x))
        s->comp += (s->sum - t) + x;
    else
        s->comp += (x - t) + s->sum;
    s->sum = t;
}

static double sum_value(const Sum *s)
{
    return s->sum + s->comp;
}

gboolean yp_finance_jv_balance(const YpRates *rates, const double *amounts,
                               const char *const *currencies, const YpDay *dates,
                               const char *const *partners, gsize n_rows, const char *const *names,
                               const double *shares, gsize n_partners, const char *base,
                               double *out, GError **error)
{
    g_return_val_if_fail(rates != NULL && out != NULL, FALSE);
    g_return_val_if_fail(n_rows == 0 || (amounts && currencies && dates && partners), FALSE);
    g_return_val_if_fail(n_partners == 0 || (names && shares), FALSE);

    if (n_partners == 0) {
        g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                    "The shares table is empty; list each partner and its share.");
        return FALSE;
    }
    if (n_partners > YP_FINANCE_MAX_SHARES || n_rows > YP_FINANCE_MAX_ROWS) {
        g_set_error(error, YP_ERROR, YP_ERROR_LIMIT,
                    "JVBALANCE takes at most %d partners and %d contributions; it was given "
                    "%" G_GSIZE_FORMAT " and %" G_GSIZE_FORMAT ".",
                    YP_FINANCE_MAX_SHARES, YP_FINANCE_MAX_ROWS, n_partners, n_rows);
        return FALSE;
    }
    gssize jb = rates_column(rates, base);
    if (jb < 0) {
        g_autofree char *t = trimmed(base);
        g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                    "The base currency \"%s\" is not in the header row of the rates table.",
                    t != NULL ? t : "?");
        return FALSE;
    }

    g_autoptr(GHashTable) partner_index =
        g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    double share_sum = 0;
    for (gsize k = 0; k < n_partners; k++) {
        char *key = fold_key(names[k]);
        if (key == NULL || key[0] == '\0') {
            g_free(key);
            g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                        "Row %" G_GSIZE_FORMAT " of the shares table has no partner name.", k + 1);
            return FALSE;
        }
        gpointer prev = g_hash_table_lookup(partner_index, key);
        if (prev != NULL) {
            g_autofree char *t = trimmed(names[k]);
            g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                        "Rows %" G_GSIZE_FORMAT " and %" G_GSIZE_FORMAT
                        " of the shares table both name the partner %s.",
                        (gsize)GPOINTER_TO_SIZE(prev), k + 1, t);
            g_free(key);
            return FALSE;
        }
        g_hash_table_insert(partner_index, key, GSIZE_TO_POINTER(k + 1));
        if (!isfinite(shares[k]) || shares[k] < 0) {
            g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                        "Row %" G_GSIZE_FORMAT " of the shares table gives the share %g; shares "
                        "must be numbers of 0 or more.",
                        k + 1, shares[k]);
            return FALSE;
        }
        share_sum += shares[k];
    }
    if (!(share_sum > 0) || !isfinite(share_sum)) {
        g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                    "The partners' shares add up to zero; give at least one share above 0.");
        return FALSE;
    }

    g_autofree Sum *paid = g_new0(Sum, n_partners);
    Sum all = { 0, 0 };
    for (gsize i = 0; i < n_rows; i++) {
        char prefix[64];
        g_snprintf(prefix, sizeof prefix, "Row %" G_GSIZE_FORMAT " of the contributions: ", i + 1);
        if (!isfinite(amounts[i])) {
            g_set_error(error, YP_ERROR, YP_ERROR_INVALID, "%sthe amount is not a number.", prefix);
            return FALSE;
        }
        g_autofree char *key = fold_key(partners[i]);
        gpointer hit = key != NULL ? g_hash_table_lookup(partner_index, key) : NULL;
        if (hit == NULL) {
            g_autofree char *t = trimmed(partners[i]);
            g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                        "%sthe partner \"%s\" is not in the shares table.", prefix,
                        t != NULL ? t : "?");
            return FALSE;
        }
        gssize jc = rates_column(rates, currencies[i]);
        if (jc < 0) {
            set_unknown_currency(error, prefix, currencies[i]);
            return FALSE;
        }
        double r_from, r_to, v;
        if (!rates_lookup(rates, (gsize)jc, dates[i], &r_from)) {
            set_no_rate(error, prefix, rates, (gsize)jc, dates[i]);
            return FALSE;
        }
        if (!rates_lookup(rates, (gsize)jb, dates[i], &r_to)) {
            set_no_rate(error, prefix, rates, (gsize)jb, dates[i]);
            return FALSE;
        }
        if (jc == jb)
            v = amounts[i];
        else if (!cross(amounts[i], r_from, r_to, &v)) {
            g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                        "%sthe converted amount is too large to represent.", prefix);
            return FALSE;
        }
        sum_add(&paid[GPOINTER_TO_SIZE(hit) - 1], v);
        sum_add(&all, v);
    }

    double total = sum_value(&all);
    for (gsize k = 0; k < n_partners; k++) {
        double contributed = sum_value(&paid[k]);
        double due = total * (shares[k] / share_sum);
        double balance = contributed - due;
        if (!isfinite(contributed) || !isfinite(due) || !isfinite(balance)) {
            g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                        "The contributions add up to more than can be represented.");
            return FALSE;
        }
        out[3 * k + 0] = contributed;
        out[3 * k + 1] = due;
        out[3 * k + 2] = balance;
    }
    return TRUE;
}

/* --- ESCALATE --------------------------------------------------------- */

#define ESCALATE_SUM_TOLERANCE 1e-6

gboolean yp_finance_escalate(double amount, double fixed_share, const double *weights,
                             const double *base_indices, const double *current_indices, gsize n,
                             double *out, GError **error)
{
    g_return_val_if_fail(out != NULL, FALSE);
    g_return_val_if_fail(n == 0 || (weights && base_indices && current_indices), FALSE);

    if (n > YP_FINANCE_MAX_INDICES) {
        g_set_error(error, YP_ERROR, YP_ERROR_LIMIT,
                    "There are %" G_GSIZE_FORMAT " cost indices; ESCALATE takes at most %d.", n,
                    YP_FINANCE_MAX_INDICES);
        return FALSE;
    }
    if (!isfinite(amount)) {
        g_set_error(error, YP_ERROR, YP_ERROR_INVALID, "The base amount is not a number.");
        return FALSE;
    }
    if (!isfinite(fixed_share) || fixed_share < 0 || fixed_share > 1) {
        g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                    "The fixed share is %g; give a fraction from 0 to 1.", fixed_share);
        return FALSE;
    }
    double weight_sum = fixed_share;
    for (gsize i = 0; i < n; i++) {
        if (!isfinite(weights[i]) || weights[i] < 0 || weights[i] > 1) {
            g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                        "Weight %" G_GSIZE_FORMAT " is %g; give a fraction from 0 to 1.", i + 1,
                        weights[i]);
            return FALSE;
        }
        if (!isfinite(base_indices[i]) || base_indices[i] <= 0) {
            g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                        "Base index %" G_GSIZE_FORMAT " is %g; indices must be positive numbers.",
                        i + 1, base_indices[i]);
            return FALSE;
        }
        if (!isfinite(current_indices[i]) || current_indices[i] <= 0) {
            g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                        "Current index %" G_GSIZE_FORMAT
                        " is %g; indices must be positive numbers.",
                        i + 1, current_indices[i]);
            return FALSE;
        }
        weight_sum += weights[i];
    }
    if (fabs(weight_sum - 1) > ESCALATE_SUM_TOLERANCE) {
        g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                    "The fixed share and the weights add up to %.10g; they must add up to 1.",
                    weight_sum);
        return FALSE;
    }

    /* FIDIC Conditions of Contract for Construction (1999), Sub-Clause 13.8:
     * Pn = a + b Ln/Lo + c En/Eo + d Mn/Mo + ..., the factor applied to the
     * contract value; a is the fixed (non-adjustable) coefficient. */
    double factor = fixed_share;
    for (gsize i = 0; i < n; i++)
        factor += weights[i] * (current_indices[i] / base_indices[i]);
    double p = amount * factor;
    if (!isfinite(p)) {
        g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                    "The escalated amount is too large to represent.");
        return FALSE;
    }
    *out = p;
    return TRUE;
}
