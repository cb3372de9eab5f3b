/* SPDX-License-Identifier: MPL-2.0 */
#include "scheduler/progress.h"

#include <math.h>

#include "scheduler/error.h"

/* Looks @text (trimmed, case-insensitive) up in @names; -1 when absent. */
static int code_index(const char *text, const char *const *names, int n)
{
    g_autofree char *t = g_strstrip(g_strdup(text != NULL ? text : ""));
    for (int i = 0; i < n; i++)
        if (g_ascii_strcasecmp(t, names[i]) == 0)
            return i;
    return -1;
}

static const char *const evm_names[] = { "CV", "SV", "CPI", "SPI", "EAC", "ETC", "VAC", "TCPI" };

gboolean yp_progress_evm_metric_parse(const char *text, YpEvmMetric *out, GError **error)
{
    g_return_val_if_fail(out != NULL, FALSE);
    int i = code_index(text, evm_names, G_N_ELEMENTS(evm_names));
    if (i < 0) {
        g_autofree char *t = g_strstrip(g_strdup(text != NULL ? text : ""));
        g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                    "The metric \"%s\" is unknown; use CV, SV, CPI, SPI, EAC, ETC, VAC or TCPI.",
                    t);
        return FALSE;
    }
    *out = (YpEvmMetric)i;
    return TRUE;
}

static gboolean evm_fail(GError **error, const char *message)
{
    g_set_error_literal(error, YP_ERROR, YP_ERROR_INVALID, message);
    return FALSE;
}

gboolean yp_progress_evm(YpEvmMetric metric, double bac, double pv, double ev, double ac,
                         double *out, GError **error)
{
    g_return_val_if_fail(out != NULL, FALSE);
    if (!isfinite(bac) || !isfinite(pv) || !isfinite(ev) || !isfinite(ac))
        return evm_fail(error, "BAC, PV, EV and AC must all be numbers.");
    if (pv < 0 || ev < 0 || ac < 0)
        return evm_fail(error, "PV, EV and AC are cumulative amounts and cannot be negative.");
    gboolean needs_bac = metric == YP_EVM_EAC || metric == YP_EVM_ETC || metric == YP_EVM_VAC ||
                         metric == YP_EVM_TCPI;
    if (needs_bac && bac <= 0)
        return evm_fail(error, "BAC must be above 0 for EAC, ETC, VAC and TCPI.");

    /* PMI, Practice Standard for Earned Value Management, 2nd ed. (2011),
     * and PMBOK Guide 6th ed. (2017), table 7-1; EAC is the "typical"
     * forecast BAC / CPI (future work at the cumulative cost efficiency). */
    double v = 0, cpi;
    switch (metric) {
    case YP_EVM_CV:
        v = ev - ac;
        break;
    case YP_EVM_SV:
        v = ev - pv;
        break;
    case YP_EVM_CPI:
        if (ac == 0)
            return evm_fail(error, "CPI = EV / AC is undefined while AC is 0.");
        v = ev / ac;
        break;
    case YP_EVM_SPI:
        if (pv == 0)
            return evm_fail(error, "SPI = EV / PV is undefined while PV is 0.");
        v = ev / pv;
        break;
    case YP_EVM_EAC:
    case YP_EVM_ETC:
    case YP_EVM_VAC:
        if (ac == 0 || ev == 0)
            return evm_fail(error, "EAC = BAC / CPI needs a CPI above 0: both EV and AC must "
                                   "be above 0.");
        cpi = ev / ac;
        v = bac / cpi;
        if (metric == YP_EVM_ETC)
            v = v - ac;
        else if (metric == YP_EVM_VAC)
            v = bac - v;
        break;
    case YP_EVM_TCPI:
        if (ac >= bac)
            return evm_fail(error, "TCPI = (BAC - EV) / (BAC - AC) is undefined once AC reaches "
                                   "BAC: the budget is spent.");
        v = (bac - ev) / (bac - ac);
        break;
    default:
        g_return_val_if_reached(FALSE);
    }
    if (!isfinite(v))
        return evm_fail(error, "The result is too large to represent.");
    *out = v;
    return TRUE;
}

static const char *const es_names[] = { "ES", "SPIT", "IEAC", "SVT" };

gboolean yp_progress_es_metric_parse(const char *text, YpEsMetric *out, GError **error)
{
    g_return_val_if_fail(out != NULL, FALSE);
    g_autofree char *t = g_strstrip(g_strdup(text != NULL ? text : ""));
    if (t[0] == '\0') {
        *out = YP_ES_DATE;
        return TRUE;
    }
    int i = code_index(t, es_names, G_N_ELEMENTS(es_names));
    if (i < 0) {
        g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                    "The metric \"%s\" is unknown; use ES, SPIT, IEAC or SVT.", t);
        return FALSE;
    }
    *out = (YpEsMetric)i;
    return TRUE;
}

/* Relative slack for an EV a rounding above the last planned value. */
#define ES_BAC_TOLERANCE 1e-9

gboolean yp_progress_earned_schedule(const YpDay *pv_dates, const double *pv_cum, gsize n,
                                     double ev, YpDay status, YpEsMetric metric, double *out,
                                     GError **error)
{
    g_return_val_if_fail(out != NULL, FALSE);
    g_return_val_if_fail(n == 0 || (pv_dates && pv_cum), FALSE);

    if (n > YP_PROGRESS_MAX_POINTS) {
        g_set_error(error, YP_ERROR, YP_ERROR_LIMIT,
                    "The planned-value curve has %" G_GSIZE_FORMAT " points; the limit is %d.", n,
                    YP_PROGRESS_MAX_POINTS);
        return FALSE;
    }
    if (n < 2) {
        g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                    "Give at least two planned-value points: the baseline start and its finish.");
        return FALSE;
    }
    for (gsize i = 0; i < n; i++) {
        if (pv_dates[i] < YP_DAY_FIRST || pv_dates[i] > YP_DAY_LAST) {
            g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                        "PV date %" G_GSIZE_FORMAT " is not a date from 1583-01-01 to 9999-12-31.",
                        i + 1);
            return FALSE;
        }
        if (!isfinite(pv_cum[i]) || pv_cum[i] < 0) {
            g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                        "Planned value %" G_GSIZE_FORMAT " is %g; planned values must be numbers "
                        "of 0 or more.",
                        i + 1, pv_cum[i]);
            return FALSE;
        }
        if (i > 0 && pv_dates[i] <= pv_dates[i - 1]) {
            char a[YP_DAY_FORMAT_SIZE], b[YP_DAY_FORMAT_SIZE];
            yp_day_format(pv_dates[i - 1], a);
            yp_day_format(pv_dates[i], b);
            g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                        "PV date %" G_GSIZE_FORMAT " (%s) is not after PV date %" G_GSIZE_FORMAT
                        " (%s); the dates must increase.",
                        i + 1, b, i, a);
            return FALSE;
        }
        if (i > 0 && pv_cum[i] < pv_cum[i - 1]) {
            g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                        "Planned value %" G_GSIZE_FORMAT
                        " (%g) is below planned value %" G_GSIZE_FORMAT
                        " (%g); give cumulative planned values.",
                        i + 1, pv_cum[i], i, pv_cum[i - 1]);
            return FALSE;
        }
    }
    if (!(pv_cum[n - 1] > pv_cum[0])) {
        g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                    "The planned values never rise, so no time can be earned; give the "
                    "cumulative planned value at each date.");
        return FALSE;
    }
    if (!isfinite(ev) || ev < 0) {
        g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                    "EV is %g; it must be a number of 0 or more.", ev);
        return FALSE;
    }
    if (ev < pv_cum[0]) {
        g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                    "EV (%g) is below the first planned value (%g); start the curve with 0 on "
                    "the baseline start.",
                    ev, pv_cum[0]);
        return FALSE;
    }
    double bac = pv_cum[n - 1];
    if (ev > bac * (1 + ES_BAC_TOLERANCE)) {
        g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                    "EV (%g) is more than the last planned value, the budget at completion (%g).",
                    ev, bac);
        return FALSE;
    }
    if (status < YP_DAY_FIRST || status > YP_DAY_LAST) {
        g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                    "The status date is not a date from 1583-01-01 to 9999-12-31.");
        return FALSE;
    }

    /* Lipke, "Schedule is Different", The Measurable News, March 2003:
     * ES = C + I, C the time of the last PV point not above EV, and
     * I = (EV - PV_C) / (PV_C+1 - PV_C) of the next interval, here in
     * calendar days. With a flat stretch of the curve C is its last point. */
    double es;
    if (ev >= bac) {
        es = (double)pv_dates[n - 1];
    } else {
        gsize lo = 0, hi = n - 1; /* pv_cum[lo] <= ev < pv_cum[hi] */
        while (hi - lo > 1) {
            gsize mid = lo + (hi - lo) / 2;
            if (pv_cum[mid] <= ev)
                lo = mid;
            else
                hi = mid;
        }
        double fraction = (ev - pv_cum[lo]) / (pv_cum[hi] - pv_cum[lo]);
        es = (double)pv_dates[lo] + fraction * (double)(pv_dates[hi] - pv_dates[lo]);
    }

    double d0 = (double)pv_dates[0];
    double es_days = es - d0;
    double at = (double)status - d0;
    switch (metric) {
    case YP_ES_DATE:
        *out = es;
        return TRUE;
    case YP_ES_SVT:
        *out = es_days - at;
        return TRUE;
    case YP_ES_SPIT:
    case YP_ES_IEAC:
        break;
    default:
        g_return_val_if_reached(FALSE);
    }
    if (at <= 0) {
        g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                    "The status date must be after the baseline start (the first PV date): "
                    "SPI(t) = ES / AT needs some actual time.");
        return FALSE;
    }
    double spit = es_days / at;
    if (metric == YP_ES_SPIT) {
        *out = spit;
        return TRUE;
    }
    if (!(spit > 0)) {
        g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                    "No schedule has been earned yet (SPI(t) is 0), so there is no forecast "
                    "finish.");
        return FALSE;
    }
    /* Lipke, "Schedule is Different" (Summer 2003 part): IEAC(t) = PD / SPI(t). */
    double pd = (double)(pv_dates[n - 1] - pv_dates[0]);
    double ieac = d0 + pd / spit;
    if (!(ieac <= (double)YP_DAY_LAST)) {
        g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                    "The forecast finish falls after 9999-12-31.");
        return FALSE;
    }
    *out = ieac;
    return TRUE;
}

static const char *const credit_names[] = { "UNITS", "0/100", "50/50", "20/80" };

gboolean yp_progress_credit_parse(const char *text, YpCreditRule *out, GError **error)
{
    g_return_val_if_fail(out != NULL, FALSE);
    g_autofree char *t = g_strstrip(g_strdup(text != NULL ? text : ""));
    if (t[0] == '\0') {
        *out = YP_CREDIT_UNITS;
        return TRUE;
    }
    int i = code_index(t, credit_names, G_N_ELEMENTS(credit_names));
    if (i < 0) {
        g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                    "The method \"%s\" is unknown; use UNITS, 0/100, 50/50 or 20/80.", t);
        return FALSE;
    }
    *out = (YpCreditRule)i;
    return TRUE;
}

/* A percent within this of 0 or 1 counts as not started or complete. */
#define PERCENT_TOLERANCE 1e-9

gboolean yp_progress_weighted(const double *weights, const double *percents, gsize n,
                              YpCreditRule rule, double *out, GError **error)
{
    g_return_val_if_fail(out != NULL, FALSE);
    g_return_val_if_fail(n == 0 || (weights && percents), FALSE);
    if (n == 0) {
        g_set_error(error, YP_ERROR, YP_ERROR_INVALID, "Give at least one weight and percent.");
        return FALSE;
    }
    if (n > YP_PROGRESS_MAX_ROWS) {
        g_set_error(error, YP_ERROR, YP_ERROR_LIMIT,
                    "PROGRESS takes at most %d rows; it was given %" G_GSIZE_FORMAT ".",
                    YP_PROGRESS_MAX_ROWS, n);
        return FALSE;
    }
    double wsum = 0, done = 0;
    for (gsize i = 0; i < n; i++) {
        double w = weights[i], p = percents[i];
        if (!isfinite(w) || w < 0) {
            g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                        "Row %" G_GSIZE_FORMAT ": the weight %g must be a number of 0 or more.",
                        i + 1, w);
            return FALSE;
        }
        if (!isfinite(p) || p < -PERCENT_TOLERANCE || p > 1 + PERCENT_TOLERANCE) {
            g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                        "Row %" G_GSIZE_FORMAT ": the percent %g is outside 0..1; enter percents "
                        "as fractions (45%% or 0.45).",
                        i + 1, p);
            return FALSE;
        }
        p = CLAMP(p, 0.0, 1.0);
        /* Rules of credit, PMI Practice Standard for EVM (2nd ed., 2011),
         * fixed-formula methods: credit on start, the rest on completion. */
        double credit;
        gboolean complete = p >= 1 - PERCENT_TOLERANCE;
        gboolean started = p > PERCENT_TOLERANCE;
        switch (rule) {
        case YP_CREDIT_0_100:
            credit = complete ? 1.0 : 0.0;
            break;
        case YP_CREDIT_50_50:
            credit = complete ? 1.0 : (started ? 0.5 : 0.0);
            break;
        case YP_CREDIT_20_80:
            credit = complete ? 1.0 : (started ? 0.2 : 0.0);
            break;
        case YP_CREDIT_UNITS:
        default:
            credit = p;
            break;
        }
        wsum += w;
        done += w * credit;
    }
    if (!(wsum > 0) || !isfinite(wsum) || !isfinite(done)) {
        g_set_error_literal(error, YP_ERROR, YP_ERROR_INVALID,
                            wsum > 0
                                ? "The weights add up to more than can be represented."
                                : "The weights add up to zero; give at least one weight above 0.");
        return FALSE;
    }
    *out = CLAMP(done / wsum, 0.0, 1.0);
    return TRUE;
}
