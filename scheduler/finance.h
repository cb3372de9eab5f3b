/* SPDX-License-Identifier: MPL-2.0 */
/* Money for the joint venture: dated exchange rates, exact splits among
 * partners, partner balances in a base currency, and contract price
 * escalation. Definitions and rounding rules: docs/finance.md. */
#pragma once

#include <glib.h>

#include "scheduler/calendar.h"

G_BEGIN_DECLS

/* Size limits (docs/limits.md, section "Finance"). */
#define YP_RATES_MAX_CURRENCIES 256
#define YP_RATES_MAX_ROWS       100000
#define YP_RATES_MAX_CELLS      2000000
#define YP_FINANCE_MAX_SHARES   100000
#define YP_FINANCE_MAX_DECIMALS 6
#define YP_FINANCE_MAX_ROWS     1048576
#define YP_FINANCE_MAX_INDICES  1000
/* SPLIT works in whole units of 10^-decimals and accepts amounts of at most
 * 15 significant digits at that precision: |amount| * 10^decimals < 10^15. */
#define YP_FINANCE_MAX_UNITS G_GUINT64_CONSTANT(999999999999999)

/* A dated exchange-rate table: rates are units of each currency per one
 * unit of the base currency (the column that holds 1 on every row). */
typedef struct _YpRates YpRates;

/**
 * yp_rates_new:
 * @codes: (array length=n_codes): the header row, one currency code per
 *   column; trimmed and compared case-insensitively; must be unique.
 * @dates: (array length=n_rows): the first column, one date per row, in any
 *   order; a date may repeat when the repeated rows do not disagree.
 * @values: (array): n_rows x n_codes rates, row-major; NAN marks an empty
 *   cell ("no rate that day"); every other value must be finite and > 0.
 * Validates and indexes the table once, so that later look-ups are
 * O(log rows). Error messages count rows and columns of the whole range:
 * the header is row 1 and the dates are column 1.
 * Returns: (transfer full): the table, or NULL with @error set
 *   (YP_ERROR_INVALID, or YP_ERROR_LIMIT past the YP_RATES_MAX_* sizes).
 */
YpRates *yp_rates_new(const char *const *codes, gsize n_codes, const YpDay *dates, gsize n_rows,
                      const double *values, GError **error);
void yp_rates_free(YpRates *rates);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(YpRates, yp_rates_free)

/**
 * yp_rates_base:
 * The base currency as written in the header (trimmed): the leftmost
 * column that holds 1 on every row. Owned by @rates.
 */
const char *yp_rates_base(const YpRates *rates);

/**
 * yp_rates_rate:
 * The rate of @code (units per one unit of the base) in force on @date: the
 * latest non-empty rate dated on or before @date.
 * Returns: FALSE with YP_ERROR_INVALID for an unknown code or when the table
 *   has no rate for @code on or before @date.
 */
gboolean yp_rates_rate(const YpRates *rates, const char *code, YpDay date, double *out,
                       GError **error);

/**
 * yp_rates_convert:
 * Converts @amount of currency @from into currency @to with the rates in
 * force on @date: amount * rate(to) / rate(from), a cross rate through the
 * base. Both rates must exist on or before @date, even when @from and @to
 * are the same currency (then the amount comes back unchanged).
 */
gboolean yp_rates_convert(const YpRates *rates, double amount, const char *from, const char *to,
                          YpDay date, double *out, GError **error);

/**
 * yp_finance_split:
 * Splits @amount among @n_shares partners in proportion to @shares (any
 * non-negative scale, positive sum) so that the parts add up exactly to
 * @amount rounded half away from zero to @decimals (0..6) places: each part
 * gets the whole units of 10^-decimals of its quota, and the units left over
 * go one each to the largest remainders, ties to the earlier share. Shares
 * and amount are read as the decimal numbers a spreadsheet shows (15
 * significant digits). A negative amount splits like its absolute value,
 * with every part negated.
 * @parts: (out caller-allocates) (array length=n_shares): the parts.
 * Returns: FALSE with YP_ERROR_INVALID (bad share, decimals out of range) or
 *   YP_ERROR_LIMIT (too many shares; |amount| * 10^decimals >= 10^15).
 */
gboolean yp_finance_split(double amount, const double *shares, gsize n_shares, int decimals,
                          double *parts, GError **error);

/**
 * yp_finance_jv_balance:
 * The joint-venture balance of each partner in currency @base.
 * Contribution i is @amounts[i] of currency @currencies[i] paid on @dates[i]
 * by partner @partners[i]; it is converted into @base with @rates on its date.
 * For partner k (@names[k], @shares[k]): contributed = sum of its converted
 * contributions; due = (total contributed by all) * share / (sum of shares);
 * balance = contributed - due (positive: the partner paid more than its
 * equity share). Names are trimmed and compared case-insensitively.
 * @out: (out caller-allocates) (array): @n_partners x 3 values, row-major:
 *   contributed, due, balance.
 * Returns: FALSE with YP_ERROR_INVALID naming the row at fault (a partner not
 *   in @names, an unknown currency, a date before the first rate, a bad
 *   share), or YP_ERROR_LIMIT.
 */
gboolean yp_finance_jv_balance(const YpRates *rates, const double *amounts,
                               const char *const *currencies, const YpDay *dates,
                               const char *const *partners, gsize n_rows, const char *const *names,
                               const double *shares, gsize n_partners, const char *base,
                               double *out, GError **error);

/**
 * yp_finance_escalate:
 * Contract price escalation (FIDIC 1999 Sub-Clause 13.8):
 * P = P0 * (a + sum w_i * I_i / I0_i) with P0 = @amount, a = @fixed_share,
 * w = @weights, I0 = @base_indices, I = @current_indices. a and every w_i
 * must lie in 0..1 and add up to 1 within 1e-6; indices must be > 0.
 */
gboolean yp_finance_escalate(double amount, double fixed_share, const double *weights,
                             const double *base_indices, const double *current_indices, gsize n,
                             double *out, GError **error);

G_END_DECLS
