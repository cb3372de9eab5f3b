/* SPDX-License-Identifier: MPL-2.0 */
/* Schedule risk analysis: Monte Carlo over the CPM network with PERT-beta
 * three-point durations, rounded to whole working days (docs/risk.md).
 * Serves YARD.SRA (project finish at percentiles) and YARD.CRITICALITY
 * (the share of trials in which each activity is critical). */
#pragma once

#include <glib.h>

#include "scheduler/calendar.h"
#include "scheduler/network.h"
#include "scheduler/rng.h"

G_BEGIN_DECLS

/* Trials (docs/limits.md, "Schedule risk"). */
#define YP_RISK_DEFAULT_TRIALS 10000u
#define YP_RISK_MIN_TRIALS     100u
#define YP_RISK_MAX_TRIALS     1000000u
/* Trials x (activities + links): bounds the time of one call (about 10 s
 * on the reference machine with one core, docs/benchmarks.md). */
#define YP_RISK_MAX_WORK G_GUINT64_CONSTANT(500000000)
/* Percentiles in one call: a whole Calc column. */
#define YP_RISK_MAX_PERCENTILES 1048576u
/* The fixed seed of YARD.SRA and YARD.CRITICALITY: the same inputs give the
 * same answer on every recalculation and machine. */
#define YP_RISK_SEED G_GUINT64_CONSTANT(0x5941524452534b31) /* "YARDRSK1" */
/* Trials per random stream (a fixed assignment: trial t is trial t % 256
 * of stream t / 256, whichever thread runs it). */
#define YP_RISK_CHUNK 256u
/* Layers of the ziggurat for normal variates (a power of 2). */
#define YP_RISK_ZIGGURAT 128

/**
 * YpRiskZiggurat:
 * The layers of the ziggurat that draws standard normal variates
 * (Marsaglia and Tsang 2000; docs/risk.md): layer i >= 1 is the rectangle
 * [0, @x[i]] x [@f[i], @f[i + 1]] under exp(-x^2 / 2), layer 0 the base
 * strip with the tail, as wide as @x[0]. Plain values; no allocation.
 */
typedef struct {
    double x[YP_RISK_ZIGGURAT + 1];
    double f[YP_RISK_ZIGGURAT + 1];
} YpRiskZiggurat;

/**
 * yp_risk_ziggurat_init:
 * @zig: (out caller-allocates): the tables to fill.
 */
void yp_risk_ziggurat_init(YpRiskZiggurat *zig);

/**
 * yp_risk_normal:
 * Returns: a standard normal variate (mean 0, variance 1) drawn from @rng
 * by the ziggurat method; what the gamma variates below are built on.
 */
double yp_risk_normal(const YpRiskZiggurat *zig, YpRng *rng);

/**
 * yp_risk_gamma:
 * @shape: 1 or more.
 * Returns: a gamma variate of @shape and scale 1 (mean and variance
 * @shape) by Marsaglia and Tsang's method, as the PERT-beta samples use it.
 */
double yp_risk_gamma(const YpRiskZiggurat *zig, YpRng *rng, double shape);

/**
 * YpRiskPert:
 * The PERT-beta duration of one varying activity (optimistic <
 * pessimistic), one cache line.
 * @low, @span: a and b - a in working days.
 * @d1, @c1, @d2, @c2: the Marsaglia-Tsang constants d = shape - 1/3 and
 *   c = 1 / sqrt(9 d) of the two gamma variates (shapes alpha and beta)
 *   whose ratio G1 / (G1 + G2) is the beta variate.
 * @activity: its network index.
 * @lo_day, @hi_day: a and b rounded to whole days: every sample lies
 *   within them.
 */
typedef struct {
    double low;
    double span;
    double d1;
    double c1;
    double d2;
    double c2;
    guint32 activity;
    gint32 lo_day;
    gint32 hi_day;
} YpRiskPert;

/**
 * YpRiskModel:
 * An activity network with a PERT-beta duration per activity. Built by
 * yp_risk_model_new(); read-only afterwards, so several threads may
 * simulate it at once.
 *
 * @network: the links (its own durations are all 0; unused).
 * @fixed: [n_activities] the whole-day duration of each activity with
 *   optimistic = pessimistic (the rounded value), 0 for the others.
 * @n_varying: activities whose duration varies, in input row order, and
 * @pert: [n_varying] their distributions.
 * @ziggurat: the tables of the normal variates, computed once per model.
 */
typedef struct {
    YpNetwork *network;
    gint32 *fixed;
    guint32 n_varying;
    YpRiskPert *pert;
    YpRiskZiggurat ziggurat;
} YpRiskModel;

/**
 * yp_risk_model_new:
 * @ids: [n_rows] IDs as for yp_network_parse().
 * @optimistic, @likely, @pessimistic: [n_rows] the three-point estimate a,
 *   m, b of each activity in working days (fractions allowed), NaN for an
 *   empty cell. Each activity needs all three, with 0 <= a <= m <= b <=
 *   YP_NETWORK_MAX_DURATION; a = b is a fixed duration.
 * @predecessors: (nullable): [n_rows] predecessor texts.
 * @n_rows: rows of the input range.
 *
 * Parses and checks the table. A row whose ID, three durations and
 * predecessors are all empty is blank: no activity. Network problems come
 * first (as YARD.CHECK words them: missing or duplicate IDs, unknown
 * predecessors, cycles), then the durations in row order; each message
 * names its 1-based row. YP_ERROR_INVALID, YP_ERROR_CYCLE or
 * YP_ERROR_LIMIT (too many rows or links, durations too long). The inputs
 * stay owned by the caller.
 *
 * Returns: (transfer full): the model, or NULL with @error set.
 */
YpRiskModel *yp_risk_model_new(const char *const *ids, const double *optimistic,
                               const double *likely, const double *pessimistic,
                               const char *const *predecessors, gsize n_rows, GError **error);

/**
 * yp_risk_model_free:
 * Frees the model and its network; NULL is allowed.
 */
void yp_risk_model_free(YpRiskModel *model);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(YpRiskModel, yp_risk_model_free)

/**
 * yp_risk_sample:
 * @model: the model.
 * @rng: the generator, advanced.
 * @duration: [n_activities] caller-owned; receives one trial's durations
 *   in whole working days, each within its rounded a..b.
 *
 * Draws every varying activity once, in input row order, and copies the
 * fixed ones. What one trial of yp_risk_simulate() does before its passes.
 */
void yp_risk_sample(const YpRiskModel *model, YpRng *rng, gint32 *duration);

/**
 * YpRiskResult:
 * @n_trials: the trials run.
 * @finish: [n_trials] the project finish of every trial in working days
 *   (the largest EF), sorted ascending.
 * @critical: (nullable): [n_activities] for each activity (network index)
 *   the number of trials in which its total float was <= 0; NULL unless
 *   asked for.
 */
typedef struct {
    guint32 n_trials;
    gint32 *finish;
    guint32 *critical;
} YpRiskResult;

/**
 * yp_risk_simulate:
 * @model: the model.
 * @n_trials: YP_RISK_MIN_TRIALS..YP_RISK_MAX_TRIALS.
 * @seed: the seed; YARD.SRA and YARD.CRITICALITY use YP_RISK_SEED.
 * @criticality: also run the backward pass of every trial and count
 *   critical activities.
 * @max_threads: worker threads to use at most; 0 chooses (one for small
 *   jobs, else up to the number of processors, at most 8).
 *
 * Runs the trials: trial t uses random stream t / YP_RISK_CHUNK (the seed's
 * generator jumped that many times by 2^128), so the result depends only on
 * the model, @n_trials and @seed, never on @max_threads or timing.
 * Returns: (transfer full): the result, or NULL with YP_ERROR_LIMIT when
 * @n_trials is out of bounds or trials x (activities + links) exceeds
 * YP_RISK_MAX_WORK.
 */
YpRiskResult *yp_risk_simulate(const YpRiskModel *model, guint32 n_trials, guint64 seed,
                               gboolean criticality, guint max_threads, GError **error);

void yp_risk_result_free(YpRiskResult *result);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(YpRiskResult, yp_risk_result_free)

/**
 * yp_risk_percentile:
 * @sorted: [n] values in ascending order, n >= 1.
 * @p: the fraction, 0 < p <= 1.
 *
 * The smallest value with at least p x n of the values at or below it
 * (the inverse of the empirical distribution function; Hyndman and Fan
 * 1996, definition 1): sorted[k - 1] with k = ceil(p n), where a product
 * within 1e-9 n above a whole number counts as that number (so 0.07 x 100
 * is 7, not the 7.000000000000001 of binary arithmetic).
 */
gint32 yp_risk_percentile(const gint32 *sorted, gsize n, double p);

/**
 * yp_risk_sra:
 * YARD.SRA in one call.
 * @ids .. @n_rows: the activity table, as yp_risk_model_new().
 * @percentiles: [n_percentiles] fractions 0 < p <= 1; NaN (an empty cell)
 *   gives NaN.
 * @n_trials: YP_RISK_MIN_TRIALS..YP_RISK_MAX_TRIALS.
 * @calendar: (nullable): the working-day calendar; needed only with @start.
 * @start: the project start date, or 0 for none.
 * @out: [n_percentiles] caller-owned: the project finish at each
 *   percentile: without @start the duration in working days (the largest
 *   EF), with it the date (YpDay) of the last working day, as YARD.CPM
 *   dates the latest EF (yp_cpm_finish_ordinal()).
 * Returns: TRUE, or FALSE with @error set (bad table, percentile, trials,
 * start date, a finish past 9999-12-31, or a limit).
 */
gboolean yp_risk_sra(const char *const *ids, const double *optimistic, const double *likely,
                     const double *pessimistic, const char *const *predecessors, gsize n_rows,
                     const double *percentiles, gsize n_percentiles, guint32 n_trials,
                     const YpCalendar *calendar, YpDay start, double *out, GError **error);

/**
 * yp_risk_criticality:
 * YARD.CRITICALITY in one call; arguments as yp_risk_sra().
 * @out: [n_rows] caller-owned: for each input row the share of trials
 *   (0..1) in which the activity had total float <= 0 in that trial's own
 *   CPM; NaN for a blank row.
 * Returns: TRUE, or FALSE with @error set.
 */
gboolean yp_risk_criticality(const char *const *ids, const double *optimistic, const double *likely,
                             const double *pessimistic, const char *const *predecessors,
                             gsize n_rows, guint32 n_trials, double *out, GError **error);

G_END_DECLS
