/* SPDX-License-Identifier: MPL-2.0 */
/* Entries of the finance section: FX, SPLIT, JVBALANCE, SPREAD, ESCALATE. */
#include "addin/functions/functions.h"

#include "addin/call.h"
#include "addin/functions/dated-amounts.h"
#include "scheduler/error.h"
#include "scheduler/finance.h"
#include "scheduler/spread.h"

#include <math.h>

/* The rates grid: row 0 holds the codes from column 1 on, column 0 the
 * dates from row 1 on; empty cells are "no rate". Trailing empty rows and
 * columns are ignored, so a user may select more than is filled. */
static gboolean read_rates(AddinCall *call, guint arg, YpRates **out, GError **error)
{
    AddinRange range;
    if (!addin_arg_range(call, arg, &range, error))
        return FALSE;
    guint rows = addin_range_used_rows(&range), cols = range.cols;
    while (cols > 0) {
        gboolean empty = TRUE;
        for (guint r = 0; r < rows && empty; r++)
            empty = addin_range_kind(&range, r, cols - 1) == ADDIN_CELL_EMPTY;
        if (!empty)
            break;
        cols--;
    }
    if (rows < 2 || cols < 2) {
        g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                    "%s must have a header row of currency codes and a first column of dates, "
                    "with at least one rate.",
                    addin_arg_name(call, arg));
        return FALSE;
    }
    if ((gsize)(rows - 1) * (cols - 1) > YP_RATES_MAX_CELLS) {
        g_set_error(error, YP_ERROR, YP_ERROR_LIMIT,
                    "The rates table has %u rows and %u currencies; the limit is %d rows, %d "
                    "currencies and %d rates in all.",
                    rows - 1, cols - 1, YP_RATES_MAX_ROWS, YP_RATES_MAX_CURRENCIES,
                    YP_RATES_MAX_CELLS);
        return FALSE;
    }
    gsize n_codes = cols - 1, n_rows = rows - 1;
    g_autofree const char **codes = g_new(const char *, n_codes);
    g_autofree YpDay *dates = g_new(YpDay, n_rows);
    g_autofree double *values = g_new(double, n_rows *n_codes);
    for (guint c = 1; c < cols; c++) {
        codes[c - 1] = addin_range_text(&range, 0, c);
        if (codes[c - 1] == NULL) {
            g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                        "%s, column %u of the header is not valid text.", addin_arg_name(call, arg),
                        c + 1);
            return FALSE;
        }
    }
    for (guint r = 1; r < rows; r++) {
        /* An empty date is left to the engine, whose message names the row. */
        if (addin_range_kind(&range, r, 0) == ADDIN_CELL_EMPTY)
            dates[r - 1] = 0;
        else if (!addin_range_date(&range, r, 0, &dates[r - 1], error))
            return FALSE;
        for (guint c = 1; c < cols; c++) {
            double *v = &values[(gsize)(r - 1) * n_codes + (c - 1)];
            if (addin_range_kind(&range, r, c) == ADDIN_CELL_EMPTY) {
                *v = NAN;
            } else if (!addin_range_number(&range, r, c, v)) {
                g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                            "%s, row %u column %u must be a rate (a number) or empty.",
                            addin_arg_name(call, arg), r + 1, c + 1);
                return FALSE;
            }
        }
    }
    *out = yp_rates_new(codes, n_codes, dates, n_rows, values, error);
    return *out != NULL;
}

gboolean addin_fn_fx(AddinCall *call, GError **error)
{
    double amount, result;
    const char *from, *to;
    YpDay date;
    g_autoptr(YpRates) rates = NULL;
    if (!addin_arg_number(call, 0, 0, &amount, error) ||
        !addin_arg_text(call, 1, NULL, &from, error) ||
        !addin_arg_text(call, 2, NULL, &to, error) ||
        !addin_arg_date(call, 3, NULL, &date, error) || !read_rates(call, 4, &rates, error))
        return FALSE;
    return yp_rates_convert(rates, amount, from, to, date, &result, error) &&
           addin_return_number(call, result, error);
}

/* The cells of a whole column; the filled ones are held to
 * YP_FINANCE_MAX_SHARES. */
#define MAX_SHARE_CELLS 1048576

gboolean addin_fn_split(AddinCall *call, GError **error)
{
    double amount;
    gint64 decimals;
    AddinRange shares;
    if (!addin_arg_number(call, 0, 0, &amount, error) ||
        !addin_arg_range(call, 1, &shares, error) ||
        !addin_arg_int(call, 2, 2, 0, YP_FINANCE_MAX_DECIMALS, &decimals, error))
        return FALSE;
    /* The result keeps the shape of the shares, an empty cell getting a
     * part of 0; only the filled cells go to the engine (a share of 0 never
     * gets a unit), so a whole column costs no more than its filled rows. */
    const gsize cells = (gsize)shares.rows * shares.cols;
    if (cells > MAX_SHARE_CELLS) {
        g_set_error(error, YP_ERROR, YP_ERROR_LIMIT,
                    "Shares is a range of %" G_GSIZE_FORMAT " cells; SPLIT takes at most %d "
                    "(one whole column).",
                    cells, MAX_SHARE_CELLS);
        return FALSE;
    }
    g_autofree guint32 *filled = g_new(guint32, MAX(cells, 1));
    gsize n = 0;
    for (gsize i = 0; i < cells; i++)
        if (addin_range_kind(&shares, (guint)(i / shares.cols), (guint)(i % shares.cols)) !=
            ADDIN_CELL_EMPTY)
            filled[n++] = (guint32)i;
    if (n > YP_FINANCE_MAX_SHARES) {
        g_set_error(error, YP_ERROR, YP_ERROR_LIMIT,
                    "There are %" G_GSIZE_FORMAT " shares; SPLIT takes at most %d.", n,
                    YP_FINANCE_MAX_SHARES);
        return FALSE;
    }
    g_autofree double *values = g_new(double, MAX(n, 1));
    g_autofree double *parts = g_new(double, MAX(n, 1));
    for (gsize k = 0; k < n; k++)
        if (!addin_range_get_number(&shares, filled[k] / shares.cols, filled[k] % shares.cols,
                                    &values[k], error))
            return FALSE;
    if (!yp_finance_split(amount, values, n, (int)decimals, parts, error))
        return FALSE;
    AddinMatrix *matrix = addin_return_matrix(call, shares.rows, shares.cols, error);
    if (matrix == NULL)
        return FALSE;
    for (gsize i = 0, k = 0; i < cells; i++) {
        double part = k < n && filled[k] == i ? parts[k++] : 0;
        if (!addin_matrix_set_number(matrix, (guint)(i / shares.cols), (guint)(i % shares.cols),
                                     part, error))
            return FALSE;
    }
    return TRUE;
}

gboolean addin_fn_jvbalance(AddinCall *call, GError **error)
{
    AddinVector amounts, currencies, dates, partners;
    AddinRange shares;
    const char *base;
    g_autoptr(YpRates) rates = NULL;
    if (!addin_arg_vector(call, 0, &amounts, error) ||
        !addin_arg_vector(call, 1, &currencies, error) ||
        !addin_arg_vector(call, 2, &dates, error) || !addin_arg_vector(call, 3, &partners, error) ||
        !addin_arg_range(call, 4, &shares, error) || !addin_arg_text(call, 5, NULL, &base, error) ||
        !read_rates(call, 6, &rates, error))
        return FALSE;

    guint n = MAX(MAX(amounts.n, currencies.n), MAX(dates.n, partners.n));
    if (n > YP_FINANCE_MAX_ROWS) {
        g_set_error(error, YP_ERROR, YP_ERROR_LIMIT,
                    "There are %u contributions; JVBALANCE takes at most %d.", n,
                    YP_FINANCE_MAX_ROWS);
        return FALSE;
    }
    g_autofree double *amount = g_new(double, MAX(n, 1));
    g_autofree const char **currency = g_new(const char *, MAX(n, 1));
    g_autofree YpDay *date = g_new(YpDay, MAX(n, 1));
    g_autofree const char **partner = g_new(const char *, MAX(n, 1));
    for (guint i = 0; i < n; i++) {
        if (!addin_vector_number(&amounts, i, &amount[i], error) ||
            !addin_vector_text(&currencies, i, &currency[i], error) ||
            !addin_vector_date(&dates, i, &date[i], error) ||
            !addin_vector_text(&partners, i, &partner[i], error))
            return FALSE;
    }

    guint n_partners = addin_range_used_rows(&shares);
    if (n_partners > 0 && shares.cols != 2) {
        g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                    "%s must have two columns, partner name and share, not %u.",
                    addin_arg_name(call, 4), shares.cols);
        return FALSE;
    }
    if (n_partners > YP_FINANCE_MAX_SHARES) {
        g_set_error(error, YP_ERROR, YP_ERROR_LIMIT,
                    "There are %u partners; JVBALANCE takes at most %d.", n_partners,
                    YP_FINANCE_MAX_SHARES);
        return FALSE;
    }
    g_autofree const char **names = g_new(const char *, MAX(n_partners, 1));
    g_autofree double *share = g_new(double, MAX(n_partners, 1));
    for (guint k = 0; k < n_partners; k++) {
        names[k] = addin_range_text(&shares, k, 0);
        if (names[k] == NULL) {
            g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                        "%s, row %u: the partner name is not valid text.", addin_arg_name(call, 4),
                        k + 1);
            return FALSE;
        }
        if (!addin_range_get_number(&shares, k, 1, &share[k], error))
            return FALSE;
    }

    g_autofree double *out = g_new(double, 3 * (gsize)MAX(n_partners, 1));
    if (!yp_finance_jv_balance(rates, amount, currency, date, partner, n, names, share, n_partners,
                               base, out, error))
        return FALSE;
    AddinMatrix *matrix = addin_return_matrix(call, n_partners, 3, error);
    if (matrix == NULL)
        return FALSE;
    for (guint k = 0; k < n_partners; k++)
        for (guint c = 0; c < 3; c++)
            if (!addin_matrix_set_number(matrix, k, c, out[3 * (gsize)k + c], error))
                return FALSE;
    return TRUE;
}

gboolean addin_fn_spread(AddinCall *call, GError **error)
{
    g_autofree YpDay *starts = NULL, *finishes = NULL;
    g_autofree double *amounts = NULL;
    gsize n;
    AddinVector periods_vector;
    const char *profile_text;
    YpProfile profile;
    g_autoptr(YpCalendar) calendar = NULL;
    if (!addin_read_dated_amounts(call, 0, 1, 2, &starts, &finishes, &amounts, &n, error) ||
        !addin_arg_vector(call, 3, &periods_vector, error) ||
        !addin_arg_text(call, 4, "", &profile_text, error) ||
        !yp_spread_profile_parse(profile_text, &profile, error) ||
        !addin_arg_calendar(call, 5, 6, &calendar, error))
        return FALSE;
    /* Period by position, so each total stands beside its start date. */
    const gsize n_periods = periods_vector.n;
    if (n_periods > YP_SPREAD_MAX_PERIODS) {
        g_set_error(error, YP_ERROR, YP_ERROR_LIMIT,
                    "There are %" G_GSIZE_FORMAT " periods; SPREAD takes at most %d.", n_periods,
                    YP_SPREAD_MAX_PERIODS);
        return FALSE;
    }
    g_autofree YpDay *periods = g_new(YpDay, MAX(n_periods, 1));
    for (guint j = 0; j < n_periods; j++)
        if (!addin_vector_date(&periods_vector, j, &periods[j], error))
            return FALSE;
    g_autofree double *totals = g_new(double, MAX(n_periods, 1));
    if (!yp_spread_amounts(calendar, starts, finishes, amounts, n, periods, n_periods, profile,
                           totals, error))
        return FALSE;
    /* The result keeps the orientation of the periods. */
    const gboolean as_row = periods_vector.by_row;
    AddinMatrix *matrix = addin_return_matrix(call, as_row ? 1 : (guint)n_periods,
                                              as_row ? (guint)n_periods : 1, error);
    if (matrix == NULL)
        return FALSE;
    for (gsize j = 0; j < n_periods; j++)
        if (!addin_matrix_set_number(matrix, as_row ? 0 : (guint)j, as_row ? (guint)j : 0,
                                     totals[j], error))
            return FALSE;
    return TRUE;
}

gboolean addin_fn_escalate(AddinCall *call, GError **error)
{
    double amount, fixed, result;
    AddinVector w, i0, i1;
    if (!addin_arg_number(call, 0, 0, &amount, error) ||
        !addin_arg_number(call, 1, 0, &fixed, error) || !addin_arg_vector(call, 2, &w, error) ||
        !addin_arg_vector(call, 3, &i0, error) || !addin_arg_vector(call, 4, &i1, error))
        return FALSE;
    if (w.n != i0.n || w.n != i1.n) {
        g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                    "Weights, base indices and current indices must be equally long, not %u, "
                    "%u and %u.",
                    w.n, i0.n, i1.n);
        return FALSE;
    }
    if (w.n > YP_FINANCE_MAX_INDICES) {
        g_set_error(error, YP_ERROR, YP_ERROR_LIMIT,
                    "There are %u cost indices; ESCALATE takes at most %d.", w.n,
                    YP_FINANCE_MAX_INDICES);
        return FALSE;
    }
    g_autofree double *wv = g_new(double, MAX(w.n, 1));
    g_autofree double *i0v = g_new(double, MAX(w.n, 1));
    g_autofree double *i1v = g_new(double, MAX(w.n, 1));
    for (guint k = 0; k < w.n; k++) {
        if (!addin_vector_number(&w, k, &wv[k], error) ||
            !addin_vector_number(&i0, k, &i0v[k], error) ||
            !addin_vector_number(&i1, k, &i1v[k], error))
            return FALSE;
    }
    return yp_finance_escalate(amount, fixed, wv, i0v, i1v, w.n, &result, error) &&
           addin_return_number(call, result, error);
}
