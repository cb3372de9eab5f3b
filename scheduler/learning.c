/* SPDX-License-Identifier: MPL-2.0 */
#include "scheduler/learning.h"
#include "scheduler/error.h"

#include <math.h>
#include <string.h>

/* Longest code text echoed back in an error message. */
#define ECHO_MAX 40

/* Units below this are summed term by term before the Euler-Maclaurin tail
 * takes over (see crawford_sum). */
#define EM_HEAD_END 20.0

/* B_2k / (2k)! for k = 1..6, Bernoulli numbers from DLMF table 24.2.1:
 * B2 = 1/6, B4 = -1/30, B6 = 1/42, B8 = -1/30, B10 = 5/66, B12 = -691/2730. */
static const double bernoulli_over_factorial[] = {
    1.0 / 6.0 / 2.0,       -1.0 / 30.0 / 24.0,     1.0 / 42.0 / 720.0,
    -1.0 / 30.0 / 40320.0, 5.0 / 66.0 / 3628800.0, -691.0 / 2730.0 / 479001600.0,
};

gboolean yp_learning_model_parse(const char *text, YpLearningModel *out, GError **error)
{
    g_return_val_if_fail(out != NULL, FALSE);

    g_autofree char *code = g_strstrip(g_strdup(text != NULL ? text : ""));
    if (code[0] == '\0' || g_ascii_strcasecmp(code, "UNIT") == 0) {
        *out = YP_LEARNING_UNIT;
        return TRUE;
    }
    if (g_ascii_strcasecmp(code, "CUMAVG") == 0) {
        *out = YP_LEARNING_CUMAVG;
        return TRUE;
    }
    g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                "The learning model \"%.*s\" is unknown: use UNIT (Crawford) or CUMAVG (Wright).",
                yp_error_clip(code, ECHO_MAX), code);
    return FALSE;
}

static gboolean check_first(double first, GError **error)
{
    if (isfinite(first) && first > 0.0)
        return TRUE;
    g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                "The first-unit value %g must be a positive number of hours or cost.", first);
    return FALSE;
}

/* Rates below 0.5 are refused: under Wright they make every later unit's
 * hours negative, under Crawford an endless series would have a finite
 * total; in practice such a rate is a reduction (0.1) typed for a ratio (0.9). */
static gboolean check_rate(double rate, GError **error)
{
    if (isfinite(rate) && rate >= 0.5 && rate <= 1.0)
        return TRUE;
    g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                "The learning rate %g is outside 0.5 to 1: give the ratio of the hours of unit 2n "
                "to those of unit n, such as 0.9 for a 90%% curve.",
                rate);
    return FALSE;
}

static gboolean is_unit_number(double unit)
{
    return isfinite(unit) && unit >= 1.0 && unit <= YP_LEARNING_MAX_UNIT && unit == floor(unit);
}

static gboolean check_unit(double unit, const char *what, GError **error)
{
    if (is_unit_number(unit))
        return TRUE;
    g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                "The %s %g must be a whole unit number from 1 to %.0f.", what, unit,
                YP_LEARNING_MAX_UNIT);
    return FALSE;
}

static gboolean check_result(double value, GError **error)
{
    if (isfinite(value))
        return TRUE;
    g_set_error_literal(error, YP_ERROR, YP_ERROR_INVALID,
                        "The result is too large to represent: give the first-unit value in "
                        "larger units, such as thousands of hours.");
    return FALSE;
}

/* Neumaier's compensated summation: the error stays near one rounding
 * whatever the number of terms. */
typedef struct {
    double sum;
    double compensation;
} KahanSum;

static void kahan_add(KahanSum *acc, double term)
{
    double t = acc->sum + term;
    if (fabs(acc->sum) >= fabs(term))
        acc->compensation += (acc->sum - t) + term;
    else
        acc->compensation += (term - t) + acc->sum;
    acc->sum = t;
}

static double kahan_value(const KahanSum *acc)
{
    return acc->sum + acc->compensation;
}

/* The sum of n^b for n = a..m (whole numbers 1 <= a <= m, -1 <= b <= 0).
 * Units below EM_HEAD_END are added one by one; the rest, A..m, by the
 * Euler-Maclaurin formula (DLMF 2.10.1; Abramowitz & Stegun 23.1.30):
 *   sum_{n=A}^{m} f(n) = int_A^m f + (f(A) + f(m)) / 2
 *                        + sum_{k=1}^{6} B_2k / (2k)! (f^(2k-1)(m) - f^(2k-1)(A)) + R,
 * with f(x) = x^b, f^(j)(x) = b (b-1) ... (b-j+1) x^(b-j). Every even
 * derivative of f is positive, so |R| is below the first omitted term,
 * |B14 / 14!| |f^(13)(A)| < 2 (2 pi)^-14 13! / 20^13 f(A) < 2e-18 f(A),
 * well under one rounding of the sum. @c is b + 1, computed apart. */
static double crawford_sum(double a, double m, double b, double c)
{
    if (b == 0.0)
        return m - a + 1.0;

    KahanSum acc = { 0.0, 0.0 };
    double n = a;
    for (; n <= m && n < EM_HEAD_END; n += 1.0)
        kahan_add(&acc, pow(n, b));
    if (n > m)
        return kahan_value(&acc);

    /* The integral (m^c - A^c) / c with c = b + 1 and L = ln(m / A); x^c is
     * taken as x x^b (b is small, so its rounding costs little), and short
     * tails use expm1 and log1p so that the difference loses no digits. */
    double first_tail = n;
    double log_ratio = log1p((m - first_tail) / first_tail);
    double integral;
    if (c == 0.0)
        integral = log_ratio;
    else if (c * log_ratio > 1.0)
        integral = (m * pow(m, b) - first_tail * pow(first_tail, b)) / c;
    else
        integral = first_tail * pow(first_tail, b) * (expm1(c * log_ratio) / c);
    kahan_add(&acc, integral);
    kahan_add(&acc, 0.5 * (pow(first_tail, b) + pow(m, b)));

    /* The derivative terms, smallest last; falling = b (b-1) ... (b-j+1). */
    double falling = b;
    for (gsize k = 0; k < G_N_ELEMENTS(bernoulli_over_factorial); k++) {
        int order = (int)(2 * k + 1);
        double at_m = falling * pow(m, b - order);
        double at_a = falling * pow(first_tail, b - order);
        kahan_add(&acc, bernoulli_over_factorial[k] * (at_m - at_a));
        falling *= (b - order) * (b - order - 1);
    }
    return kahan_value(&acc);
}

/* Wright: the cumulative total T(n) = first n^(b+1). This is
 * T(to) - T(from - 1) = to^c (1 - ((from - 1) / to)^c) with c = b + 1,
 * the difference taken with expm1 and log1p to keep its digits, and
 * to^c as to to^b. */
static double wright_sum(double from, double to, double b, double c)
{
    double top = to * pow(to, b);
    if (from == 1.0)
        return top;
    return top * -expm1(c * log1p(-(to - from + 1.0) / to));
}

/* The exponents b = log2(rate) and c = b + 1 = log2(2 rate), the latter
 * from log1p(2 rate - 1) (2 rate - 1 is exact) so that it keeps every digit
 * when the rate is near 0.5 and c near 0. */
static void exponents(double rate, double *b, double *c)
{
    *b = log2(rate);
    *c = log1p(2.0 * rate - 1.0) / G_LN2;
}

gboolean yp_learning_unit(double first, double unit, double rate, YpLearningModel model,
                          double *out, GError **error)
{
    g_return_val_if_fail(out != NULL, FALSE);

    if (!check_first(first, error) || !check_unit(unit, "unit number", error) ||
        !check_rate(rate, error))
        return FALSE;

    double b, c;
    exponents(rate, &b, &c);
    double value;
    if (model == YP_LEARNING_UNIT)
        /* Crawford 1944 (unit theory): y(n) = first n^b. */
        value = first * pow(unit, b);
    else
        /* Wright 1936: unit n costs T(n) - T(n-1) of the totals T(n) = first n^(b+1). */
        value = first * wright_sum(unit, unit, b, c);
    if (!check_result(value, error))
        return FALSE;
    *out = value;
    return TRUE;
}

gboolean yp_learning_total(double first, double from_unit, double to_unit, double rate,
                           YpLearningModel model, double *out, GError **error)
{
    g_return_val_if_fail(out != NULL, FALSE);

    if (!check_first(first, error) || !check_unit(from_unit, "first unit of the lot", error) ||
        !check_unit(to_unit, "last unit of the lot", error) || !check_rate(rate, error))
        return FALSE;
    if (from_unit > to_unit) {
        g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                    "The lot runs backwards, from unit %.0f to unit %.0f: give the lower unit "
                    "number first.",
                    from_unit, to_unit);
        return FALSE;
    }

    double b, c;
    exponents(rate, &b, &c);
    double total;
    if (model == YP_LEARNING_UNIT)
        /* Crawford: the sum of first n^b over the lot. */
        total = first * crawford_sum(from_unit, to_unit, b, c);
    else
        /* Wright: T(to) - T(from - 1), T(n) = first n^(b+1). */
        total = first * wright_sum(from_unit, to_unit, b, c);
    if (!check_result(total, error))
        return FALSE;
    *out = total;
    return TRUE;
}

/* Ordinary least squares of y on x with centred sums (two passes), the
 * slope Sxy / Sxx and R^2 = Sxy^2 / (Sxx Syy). */
static gboolean fit_log_log(const double *x, const double *y, gsize n, YpLearningFit *out,
                            GError **error)
{
    KahanSum sx = { 0.0, 0.0 }, sy = { 0.0, 0.0 };
    for (gsize i = 0; i < n; i++) {
        kahan_add(&sx, x[i]);
        kahan_add(&sy, y[i]);
    }
    double x_mean = kahan_value(&sx) / (double)n;
    double y_mean = kahan_value(&sy) / (double)n;

    KahanSum sxx = { 0.0, 0.0 }, sxy = { 0.0, 0.0 }, syy = { 0.0, 0.0 };
    for (gsize i = 0; i < n; i++) {
        double dx = x[i] - x_mean;
        double dy = y[i] - y_mean;
        kahan_add(&sxx, dx * dx);
        kahan_add(&sxy, dx * dy);
        kahan_add(&syy, dy * dy);
    }
    double slope = kahan_value(&sxy) / kahan_value(&sxx);
    double intercept = y_mean - slope * x_mean;
    double syy_value = kahan_value(&syy);
    double r2 = syy_value > 0.0 ? slope * kahan_value(&sxy) / syy_value : 1.0;

    double first = exp(intercept);
    double rate = exp2(slope);
    if (!isfinite(first) || first <= 0.0 || !isfinite(rate) || rate <= 0.0) {
        g_set_error_literal(error, YP_ERROR, YP_ERROR_INVALID,
                            "The fitted curve is out of range: check the unit numbers and values "
                            "for a typing error.");
        return FALSE;
    }
    out->first = first;
    out->rate = rate;
    out->r2 = CLAMP(r2, 0.0, 1.0);
    return TRUE;
}

gboolean yp_learning_fit(const double *units, gsize n_units, const double *values, gsize n_values,
                         YpLearningModel model, YpLearningFit *out, GError **error)
{
    g_return_val_if_fail(units != NULL || n_units == 0, FALSE);
    g_return_val_if_fail(values != NULL || n_values == 0, FALSE);
    g_return_val_if_fail(out != NULL, FALSE);

    if (n_units != n_values) {
        g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                    "There are %" G_GSIZE_FORMAT " unit numbers but %" G_GSIZE_FORMAT
                    " values: give one value per unit.",
                    n_units, n_values);
        return FALSE;
    }
    gsize n = n_units;
    if (n > YP_LEARNING_MAX_POINTS) {
        g_set_error(error, YP_ERROR, YP_ERROR_LIMIT,
                    "There are %" G_GSIZE_FORMAT " data points, more than the %d a fit accepts.", n,
                    YP_LEARNING_MAX_POINTS);
        return FALSE;
    }
    double lowest = G_MAXDOUBLE, highest = 0.0;
    gboolean all_equal = TRUE;
    for (gsize i = 0; i < n; i++) {
        if (!is_unit_number(units[i])) {
            g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                        "The unit number %g in row %" G_GSIZE_FORMAT
                        " must be a whole number from 1 to %.0f.",
                        units[i], i + 1, YP_LEARNING_MAX_UNIT);
            return FALSE;
        }
        if (!(isfinite(values[i]) && values[i] > 0.0)) {
            g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                        "The value %g in row %" G_GSIZE_FORMAT
                        " must be positive: a learning curve is fitted on logarithms.",
                        values[i], i + 1);
            return FALSE;
        }
        lowest = MIN(lowest, units[i]);
        highest = MAX(highest, units[i]);
        all_equal = all_equal && values[i] == values[0];
    }
    if (n < 2 || lowest == highest) {
        g_set_error_literal(error, YP_ERROR, YP_ERROR_INVALID,
                            "A learning curve needs the values of at least two different units.");
        return FALSE;
    }

    g_autofree double *x = g_new(double, n);
    g_autofree double *y = g_new(double, n);
    if (model == YP_LEARNING_UNIT) {
        for (gsize i = 0; i < n; i++) {
            x[i] = log(units[i]);
            y[i] = log(values[i]);
        }
    } else {
        /* Wright's fit: place each unit's hours at its number, then the
         * cumulative averages A(k) = (y_1 + ... + y_k) / k for k = 1..n. */
        g_autofree gsize *row_of_unit = g_new0(gsize, n);
        for (gsize i = 0; i < n; i++) {
            if (units[i] > (double)n) {
                g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                            "The CUMAVG fit needs the values of units 1 to %" G_GSIZE_FORMAT
                            " each once, but row %" G_GSIZE_FORMAT " gives unit %.0f.",
                            n, i + 1, units[i]);
                return FALSE;
            }
            gsize k = (gsize)units[i] - 1;
            if (row_of_unit[k] != 0) {
                g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                            "Unit %.0f is given twice, in rows %" G_GSIZE_FORMAT
                            " and %" G_GSIZE_FORMAT ": the CUMAVG fit needs each unit once.",
                            units[i], row_of_unit[k], i + 1);
                return FALSE;
            }
            row_of_unit[k] = i + 1;
            y[k] = values[i];
        }
        /* n rows, none repeated and none above n: every unit 1..n is there. */
        KahanSum running = { 0.0, 0.0 };
        for (gsize k = 0; k < n; k++) {
            kahan_add(&running, y[k]);
            x[k] = log((double)(k + 1));
            y[k] = log(kahan_value(&running) / (double)(k + 1));
        }
    }

    if (all_equal) {
        /* A flat curve fits exactly; the general formula would divide 0 by 0. */
        out->first = values[0];
        out->rate = 1.0;
        out->r2 = 1.0;
        return TRUE;
    }
    return fit_log_log(x, y, n, out, error);
}
