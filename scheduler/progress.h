/* SPDX-License-Identifier: MPL-2.0 */
/* Progress and earned value: the PMI earned-value metrics, Lipke's Earned
 * Schedule, and weighted percent complete with rules of credit.
 * Definitions and sources: docs/progress.md. */
#pragma once

#include <glib.h>

#include "scheduler/calendar.h"

G_BEGIN_DECLS

/* Size limits (docs/limits.md, section "Progress and earned value"). */
#define YP_PROGRESS_MAX_POINTS 100000
#define YP_PROGRESS_MAX_ROWS   1048576

/**
 * YpEvmMetric:
 * The earned-value metrics of the PMI Practice Standard for Earned Value
 * Management (2nd ed., 2011) and the PMBOK Guide (6th ed., 2017, table 7-1).
 */
typedef enum {
    YP_EVM_CV,   /* EV - AC */
    YP_EVM_SV,   /* EV - PV */
    YP_EVM_CPI,  /* EV / AC */
    YP_EVM_SPI,  /* EV / PV */
    YP_EVM_EAC,  /* BAC / CPI */
    YP_EVM_ETC,  /* EAC - AC */
    YP_EVM_VAC,  /* BAC - EAC */
    YP_EVM_TCPI, /* (BAC - EV) / (BAC - AC) */
} YpEvmMetric;

/**
 * yp_progress_evm_metric_parse:
 * @text: one of CV, SV, CPI, SPI, EAC, ETC, VAC, TCPI (case-insensitive,
 *   blanks around ignored).
 * Returns: FALSE with YP_ERROR_INVALID for any other text, empty included.
 */
gboolean yp_progress_evm_metric_parse(const char *text, YpEvmMetric *out, GError **error);

/**
 * yp_progress_evm:
 * The earned-value metric @metric from the budget at completion @bac and
 * the cumulative planned value @pv, earned value @ev and actual cost @ac
 * (all in one currency). @pv, @ev and @ac must be >= 0; @bac > 0 for the
 * metrics that use it (EAC, ETC, VAC, TCPI). A ratio whose divisor is 0
 * (and TCPI once AC >= BAC) is an error, never an infinity.
 */
gboolean yp_progress_evm(YpEvmMetric metric, double bac, double pv, double ev, double ac,
                         double *out, GError **error);

/**
 * YpEsMetric:
 * @YP_ES_DATE: the Earned Schedule as a date: when the baseline planned to
 *   have earned today's EV.
 * @YP_ES_SPIT: SPI(t) = ES / AT, both in calendar days since the baseline start.
 * @YP_ES_IEAC: IEAC(t), the forecast finish date: start + PD / SPI(t).
 * @YP_ES_SVT: SV(t) = ES - AT in calendar days (an extension of the catalogue).
 */
typedef enum {
    YP_ES_DATE,
    YP_ES_SPIT,
    YP_ES_IEAC,
    YP_ES_SVT,
} YpEsMetric;

/**
 * yp_progress_es_metric_parse:
 * @text: (nullable): "ES", "SPIT", "IEAC" or "SVT", case-insensitive;
 *   NULL or empty means ES.
 */
gboolean yp_progress_es_metric_parse(const char *text, YpEsMetric *out, GError **error);

/**
 * yp_progress_earned_schedule:
 * Earned Schedule (Lipke 2003). @pv_dates (strictly increasing) and
 * @pv_cum (cumulative planned value, never decreasing, >= 0) are the points
 * of the baseline curve; the first date is the baseline start and the last
 * its planned finish. ES is found by linear interpolation in calendar days
 * between the two points around @ev; AT = @status - first date.
 * @out: a day number (YpDay, with a fraction) for ES and IEAC; a ratio for
 *   SPIT; calendar days for SVT.
 */
gboolean yp_progress_earned_schedule(const YpDay *pv_dates, const double *pv_cum, gsize n,
                                     double ev, YpDay status, YpEsMetric metric, double *out,
                                     GError **error);

/**
 * YpCreditRule:
 * Rules of credit for percent complete (PMI Practice Standard for EVM,
 * 2nd ed., "fixed formula" methods):
 * @YP_CREDIT_UNITS: the percent as given.
 * @YP_CREDIT_0_100: nothing until complete, then all.
 * @YP_CREDIT_50_50: half once started, all when complete.
 * @YP_CREDIT_20_80: a fifth once started, all when complete.
 */
typedef enum {
    YP_CREDIT_UNITS,
    YP_CREDIT_0_100,
    YP_CREDIT_50_50,
    YP_CREDIT_20_80,
} YpCreditRule;

/**
 * yp_progress_credit_parse:
 * @text: (nullable): "UNITS", "0/100", "50/50" or "20/80"; NULL or empty
 *   means UNITS.
 */
gboolean yp_progress_credit_parse(const char *text, YpCreditRule *out, GError **error);

/**
 * yp_progress_weighted:
 * Weighted percent complete sum(w_i * credit(p_i)) / sum(w_i), a fraction
 * 0..1. @percents are fractions 0..1 (100% = 1); @weights are >= 0 with a
 * positive sum (budgets, hours or tonnes).
 */
gboolean yp_progress_weighted(const double *weights, const double *percents, gsize n,
                              YpCreditRule rule, double *out, GError **error);

G_END_DECLS
