/* SPDX-License-Identifier: MPL-2.0 */
/* Learning curves of series production: unit values, exact lot totals and
 * log-log fits for the unit (Crawford) and cumulative-average (Wright)
 * models. Formulas and sources: docs/series.md. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * YpLearningModel:
 * @YP_LEARNING_UNIT: Crawford's unit theory, the hours of unit n are
 *   first * n^b (text code "UNIT", the default).
 * @YP_LEARNING_CUMAVG: Wright's cumulative-average theory, the average of
 *   units 1..n is first * n^b (text code "CUMAVG").
 *
 * In both, b = log2(rate): each doubling of the unit number multiplies the
 * modelled quantity by rate.
 */
typedef enum {
    YP_LEARNING_UNIT,
    YP_LEARNING_CUMAVG,
} YpLearningModel;

/* The largest unit number accepted anywhere (docs/limits.md). */
#define YP_LEARNING_MAX_UNIT 1000000000.0
/* The most data points YARD.LEARNFIT accepts (docs/limits.md). */
#define YP_LEARNING_MAX_POINTS 1048576

/**
 * YpLearningFit:
 * @first: the fitted first-unit value (same unit as the values).
 * @rate: the fitted learning rate 2^b; above 1 when the values grow.
 * @r2: the coefficient of determination of the log-log regression, 0..1.
 */
typedef struct {
    double first;
    double rate;
    double r2;
} YpLearningFit;

/**
 * yp_learning_model_parse:
 * @text: (nullable): "UNIT" or "CUMAVG", case-insensitive, surrounding
 *   blanks ignored; NULL or blank means UNIT.
 * Returns: TRUE and the model in @out, or FALSE with YP_ERROR_INVALID.
 */
gboolean yp_learning_model_parse(const char *text, YpLearningModel *out, GError **error);

/**
 * yp_learning_unit:
 * @first: hours (or cost) of unit 1, > 0.
 * @unit: the unit number, a whole number from 1 to YP_LEARNING_MAX_UNIT.
 * @rate: the learning rate, 0 < rate <= 1 (0.9 for a 90 % curve).
 * The hours of unit @unit alone: first * unit^b under UNIT; under CUMAVG
 * the difference of the cumulative totals first * (n^(b+1) - (n-1)^(b+1)).
 * Returns: TRUE and the value in @out, or FALSE with YP_ERROR_INVALID.
 */
gboolean yp_learning_unit(double first, double unit, double rate, YpLearningModel model,
                          double *out, GError **error);

/**
 * yp_learning_total:
 * @first, @rate: as for yp_learning_unit().
 * @from_unit, @to_unit: whole unit numbers, 1 <= @from_unit <= @to_unit <=
 *   YP_LEARNING_MAX_UNIT.
 * The exact total of units @from_unit..@to_unit. CUMAVG is in closed form;
 * UNIT sums an explicit head and the Euler-Maclaurin tail, so the cost is
 * bounded by a constant (about 20 + 2|b| terms), never by the lot size.
 * Returns: TRUE and the total in @out, or FALSE with YP_ERROR_INVALID.
 */
gboolean yp_learning_total(double first, double from_unit, double to_unit, double rate,
                           YpLearningModel model, double *out, GError **error);

/**
 * yp_learning_fit:
 * @units: (array length=n_units): unit numbers, whole, 1..YP_LEARNING_MAX_UNIT.
 * @values: (array length=n_values): the hours (or cost) of each listed unit, > 0.
 * Fits first and rate by least squares on logarithms. UNIT regresses
 * ln(value) on ln(unit); units may come in any order and repeat, with at
 * least two distinct. CUMAVG needs the units 1..n, each once, in any order:
 * it forms the cumulative averages of units 1..k and regresses their
 * logarithms on ln(k). Both arrays are only read.
 * Returns: TRUE and the fit in @out, or FALSE with YP_ERROR_INVALID (bad or
 * mismatched data) or YP_ERROR_LIMIT (more than YP_LEARNING_MAX_POINTS).
 */
gboolean yp_learning_fit(const double *units, gsize n_units, const double *values, gsize n_values,
                         YpLearningModel model, YpLearningFit *out, GError **error);

G_END_DECLS
