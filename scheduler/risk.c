/* SPDX-License-Identifier: MPL-2.0 */
/* Schedule risk analysis: PERT-beta durations sampled through gamma
 * variates, rounded to whole working days, and the CPM passes of
 * scheduler/cpm.c run once per trial on flat arrays. */
#include "scheduler/risk.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "scheduler/cpm.h"
#include "scheduler/error.h"

/* At most this many worker threads; below MIN_PARALLEL_WORK units of work
 * (trials x (activities + links), doubled with the backward pass) one
 * thread is faster than starting others. */
#define MAX_THREADS          8u
#define MIN_PARALLEL_WORK    2000000u
#define PERCENTILE_TOLERANCE 1e-9

/* ---- The model ------------------------------------------------------------ */

void yp_risk_model_free(YpRiskModel *model)
{
    if (model == NULL)
        return;
    yp_network_free(model->network);
    g_free(model->fixed);
    g_free(model->pert);
    g_free(model);
}

/* Round half up: 2.5 days become 3 (docs/risk.md). For x >= 0, as every
 * duration is, truncating x + 0.5 is floor(x + 0.5), and cheaper. */
static inline gint32 round_days(double x)
{
    return (gint32)(x + 0.5);
}

static const char *const point_names[3] = { "optimistic", "likely", "pessimistic" };

/* Checks the three-point estimate of activity @id in row @r (0-based). */
static gboolean check_points(gsize r, const char *id, const double v[3], GError **error)
{
    for (int i = 0; i < 3; i++) {
        if (isnan(v[i])) {
            g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                        "Row %" G_GSIZE_FORMAT ": activity %s has no %s duration; give all "
                        "three of optimistic, likely and pessimistic (the same number three "
                        "times for a fixed duration).",
                        r + 1, id, point_names[i]);
            return FALSE;
        }
    }
    for (int i = 0; i < 3; i++) {
        if (v[i] < 0) {
            g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                        "Row %" G_GSIZE_FORMAT ": activity %s has a negative %s duration "
                        "(%.15g); durations are working days, 0 or more.",
                        r + 1, id, point_names[i], v[i]);
            return FALSE;
        }
        if (!(v[i] <= YP_NETWORK_MAX_DURATION)) {
            g_set_error(error, YP_ERROR, YP_ERROR_LIMIT,
                        "Row %" G_GSIZE_FORMAT ": the %s duration of %s is larger than the "
                        "limit of 100,000 working days.",
                        r + 1, point_names[i], id);
            return FALSE;
        }
    }
    for (int i = 0; i < 2; i++) {
        if (v[i] > v[i + 1]) {
            g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                        "Row %" G_GSIZE_FORMAT ": the %s duration of %s (%.15g) is larger than "
                        "its %s duration (%.15g); give optimistic <= likely <= pessimistic.",
                        r + 1, point_names[i], id, v[i], point_names[i + 1], v[i + 1]);
            return FALSE;
        }
    }
    return TRUE;
}

/* Marsaglia and Tsang's constants for a gamma variate of shape @shape >= 1. */
static void gamma_constants(double shape, double *d, double *c)
{
    *d = shape - 1.0 / 3.0;
    *c = 1.0 / sqrt(9.0 * *d);
}

YpRiskModel *yp_risk_model_new(const char *const *ids, const double *optimistic,
                               const double *likely, const double *pessimistic,
                               const char *const *predecessors, gsize n_rows, GError **error)
{
    g_return_val_if_fail(
        n_rows == 0 || (ids != NULL && optimistic != NULL && likely != NULL && pessimistic != NULL),
        NULL);
    g_return_val_if_fail(error == NULL || *error == NULL, NULL);
    if (n_rows > YP_NETWORK_MAX_ROWS) {
        g_set_error(error, YP_ERROR, YP_ERROR_LIMIT,
                    "The table has %" G_GSIZE_FORMAT " rows; at most 1,048,576 are allowed.",
                    n_rows);
        return NULL;
    }

    /* The network sees a duration of 0 wherever any of the three is given
     * and an empty one elsewhere, so that it decides which rows are blank
     * and words the missing IDs and durations as YARD.CHECK does. */
    g_autofree double *presence = g_new(double, MAX(n_rows, 1));
    for (gsize r = 0; r < n_rows; r++)
        presence[r] = isnan(optimistic[r]) && isnan(likely[r]) && isnan(pessimistic[r]) ? NAN : 0.0;
    g_autoptr(YpNetwork) net = yp_network_parse(ids, presence, predecessors, n_rows, error);
    if (net == NULL)
        return NULL;

    guint32 n = net->n_activities;
    g_autofree guint32 *by_row = g_new(guint32, MAX(n_rows, 1));
    for (gsize r = 0; r < n_rows; r++)
        by_row[r] = G_MAXUINT32;
    for (guint32 a = 0; a < n; a++)
        by_row[net->row[a]] = a;

    g_autoptr(YpRiskModel) m = g_new0(YpRiskModel, 1);
    m->fixed = g_new0(gint32, MAX(n, 1));
    m->pert = g_new(YpRiskPert, MAX(n, 1));

    gint64 longest = 0; /* the sum of the rounded pessimistic durations */
    guint32 k = 0;
    for (gsize r = 0; r < n_rows; r++) {
        guint32 a = by_row[r];
        if (a == G_MAXUINT32)
            continue;
        const double v[3] = { optimistic[r], likely[r], pessimistic[r] };
        if (!check_points(r, yp_network_id(net, a), v, error))
            return NULL;
        longest += round_days(v[2]);
        if (v[0] == v[2]) {
            m->fixed[a] = round_days(v[0]);
            continue;
        }
        /* PERT-beta (Malcolm, Roseboom, Clark and Fazar, Operations
         * Research 7(5), 1959; Vose, "Risk Analysis: A Quantitative
         * Guide", 3rd ed., Wiley 2008, the PERT distribution):
         * X = a + (b - a) Y with Y ~ Beta(alpha, beta),
         * alpha = 1 + 4 (m - a) / (b - a), beta = 1 + 4 (b - m) / (b - a),
         * so E[X] = (a + 4m + b) / 6. */
        double span = v[2] - v[0];
        double alpha = 1.0 + 4.0 * (v[1] - v[0]) / span;
        double beta = 1.0 + 4.0 * (v[2] - v[1]) / span;
        YpRiskPert *pert = &m->pert[k++];
        pert->activity = a;
        pert->low = v[0];
        pert->span = span;
        gamma_constants(alpha, &pert->d1, &pert->c1);
        gamma_constants(beta, &pert->d2, &pert->c2);
        pert->lo_day = round_days(v[0]);
        pert->hi_day = round_days(v[2]);
    }
    if (longest + net->positive_lag_sum > YP_NETWORK_MAX_SPAN) {
        g_set_error(error, YP_ERROR, YP_ERROR_LIMIT,
                    "The pessimistic durations and positive lags add up to more than the limit "
                    "of 1,073,741,824 working days.");
        return NULL;
    }
    m->n_varying = k;
    m->pert = g_renew(YpRiskPert, m->pert, MAX(k, 1));
    yp_risk_ziggurat_init(&m->ziggurat);
    m->network = g_steal_pointer(&net);
    return g_steal_pointer(&m);
}

/* ---- Sampling ------------------------------------------------------------- */

static inline double uniform(YpRng *rng)
{
    /* As yp_rng_double(): the top 53 bits, uniform on [0, 1). */
    return (double)(yp_rng_next(rng) >> 11) * 0x1.0p-53;
}

/* Standard normal variates by the ziggurat method (Marsaglia and Tsang,
 * "The ziggurat method for generating random variables", Journal of
 * Statistical Software 5(8), 2000): the area under exp(-x^2 / 2), x >= 0,
 * is cut into 128 layers of equal area v, a base strip [0, r] plus the
 * tail beyond r and 127 rectangles stacked above it. A point is drawn in a
 * random layer; inside the part of its rectangle that lies wholly under
 * the curve (98.8 % of draws) it is accepted at once, else tested against
 * the curve. Each 64-bit draw gives the layer (bits 0-6), the sign (bit 7)
 * and the abscissa (bits 11-63) from disjoint bits, so they are
 * independent (the flaw of the original 32-bit version that Doornik,
 * "An improved ziggurat method to generate normal random samples", 2005,
 * pointed out). The tail uses Marsaglia's method (Annals of Mathematical
 * Statistics 35, 1964). */
#define ZIG_R 3.442619855899      /* x[1], the right end of the base strip */
#define ZIG_V 9.91256303526217e-3 /* the area of each layer */

/* Layer i >= 1 is the rectangle [0, x[i]] x [f[i], f[i + 1]] with
 * f = exp(-x^2 / 2): f[i + 1] = f[i] + v / x[i]; x[0] = v / f(r) is the
 * width of a rectangle as large as the base strip with its tail. */
void yp_risk_ziggurat_init(YpRiskZiggurat *zig)
{
    g_return_if_fail(zig != NULL);
    double *x = zig->x, *f = zig->f;
    f[1] = exp(-0.5 * ZIG_R * ZIG_R);
    x[0] = ZIG_V / f[1];
    f[0] = 0.0;
    x[1] = ZIG_R;
    for (int i = 1; i < YP_RISK_ZIGGURAT - 1; i++) {
        x[i + 1] = sqrt(-2.0 * log(ZIG_V / x[i] + f[i]));
        f[i + 1] = exp(-0.5 * x[i + 1] * x[i + 1]);
    }
    x[YP_RISK_ZIGGURAT] = 0.0;
    f[YP_RISK_ZIGGURAT] = 1.0;
}

static inline double normal(const YpRiskZiggurat *zig, YpRng *rng)
{
    const double *zx = zig->x, *zf = zig->f;
    for (;;) {
        guint64 bits = yp_rng_next(rng);
        guint i = (guint)(bits & (YP_RISK_ZIGGURAT - 1));
        double sign = (bits & YP_RISK_ZIGGURAT) ? -1.0 : 1.0;
        double z = (double)(bits >> 11) * 0x1.0p-53 * zx[i];
        if (z < zx[i + 1])
            return sign * z;
        if (i == 0) {
            /* The tail beyond r: r + a with a = -ln(U1) / r, accepted when
             * -2 ln(U2) > a^2. 1 - U is never 0. */
            double a, b;
            do {
                a = -log(1.0 - uniform(rng)) / ZIG_R;
                b = -log(1.0 - uniform(rng));
            } while (b + b < a * a);
            return sign * (ZIG_R + a);
        }
        double y = zf[i] + uniform(rng) * (zf[i + 1] - zf[i]);
        if (y < exp(-0.5 * z * z))
            return sign * z;
    }
}

/* A gamma variate of shape d + 1/3 >= 1 and scale 1: Marsaglia and Tsang,
 * "A simple method for generating gamma variables", ACM TOMS 26(3), 2000.
 * With x normal and v = (1 + c x)^3, d v is accepted when
 * ln u < x^2 / 2 + d - d v + d ln v (u uniform), tried first through the
 * squeeze u < 1 - 0.0331 x^4; fewer than 5 % of tries are rejected. */
static inline double gamma_variate(const YpRiskZiggurat *zig, YpRng *rng, double d, double c)
{
    for (;;) {
        double x, v;
        do {
            x = normal(zig, rng);
            v = 1.0 + c * x;
        } while (v <= 0.0);
        v = v * v * v;
        double u = uniform(rng);
        double x2 = x * x;
        if (u < 1.0 - 0.0331 * x2 * x2)
            return d * v;
        if (log(u) < 0.5 * x2 + d * (1.0 - v + log(v)))
            return d * v;
    }
}

double yp_risk_normal(const YpRiskZiggurat *zig, YpRng *rng)
{
    g_return_val_if_fail(zig != NULL && rng != NULL, 0.0);
    return normal(zig, rng);
}

double yp_risk_gamma(const YpRiskZiggurat *zig, YpRng *rng, double shape)
{
    g_return_val_if_fail(zig != NULL && rng != NULL && shape >= 1, 0.0);
    double d, c;
    gamma_constants(shape, &d, &c);
    return gamma_variate(zig, rng, d, c);
}

void yp_risk_sample(const YpRiskModel *model, YpRng *rng, gint32 *duration)
{
    g_return_if_fail(model != NULL && rng != NULL);
    guint32 n = model->network->n_activities;
    g_return_if_fail(n == 0 || duration != NULL);
    memcpy(duration, model->fixed, n * sizeof(gint32));
    for (guint32 k = 0; k < model->n_varying; k++) {
        /* Y = G1 / (G1 + G2) ~ Beta(alpha, beta) for independent gammas of
         * shapes alpha and beta (Devroye, "Non-Uniform Random Variate
         * Generation", Springer 1986, the beta distribution). */
        const YpRiskPert *pert = &model->pert[k];
        double g1 = gamma_variate(&model->ziggurat, rng, pert->d1, pert->c1);
        double g2 = gamma_variate(&model->ziggurat, rng, pert->d2, pert->c2);
        double x = pert->low + pert->span * (g1 / (g1 + g2));
        gint32 days = round_days(x);
        /* Y <= 1 exactly, but a + (b - a) may round past b by an ulp. */
        duration[pert->activity] = CLAMP(days, pert->lo_day, pert->hi_day);
    }
}

/* ---- Trials --------------------------------------------------------------- */

typedef struct {
    const YpRiskModel *model;
    guint32 n_trials;
    guint32 n_chunks;
    const YpRng *streams; /* [n_chunks] */
    gint32 *finish;       /* [n_trials], each written by one worker */
    gboolean criticality;
    gint next_chunk; /* atomic */
} Job;

typedef struct {
    Job *job;
    guint32 *critical; /* [n_activities] this worker's counts, or NULL */
} Worker;

static gpointer worker_run(gpointer data)
{
    Worker *w = data;
    Job *job = w->job;
    const YpNetwork *net = job->model->network;
    guint32 n = net->n_activities;
    g_autofree gint32 *duration = g_new(gint32, MAX(n, 1));
    g_autofree gint32 *es = g_new(gint32, MAX(n, 1));
    g_autofree gint32 *ls = job->criticality ? g_new(gint32, MAX(n, 1)) : NULL;
    for (;;) {
        guint32 c = (guint32)g_atomic_int_add(&job->next_chunk, 1);
        if (c >= job->n_chunks)
            break;
        YpRng rng = job->streams[c];
        guint32 end = MIN(job->n_trials, (c + 1) * YP_RISK_CHUNK);
        for (guint32 t = c * YP_RISK_CHUNK; t < end; t++) {
            yp_risk_sample(job->model, &rng, duration);
            gint32 finish = yp_cpm_forward(net, duration, es);
            job->finish[t] = finish;
            if (!job->criticality)
                continue;
            /* Critical in this trial: total float LS - ES <= 0. */
            yp_cpm_backward(net, duration, finish, ls);
            guint32 *count = w->critical;
            for (guint32 a = 0; a < n; a++)
                count[a] += ls[a] <= es[a];
        }
    }
    return NULL;
}

static int compare_gint32(const void *pa, const void *pb)
{
    gint32 a = *(const gint32 *)pa, b = *(const gint32 *)pb;
    return (a > b) - (a < b);
}

/* Sorts the finishes: by counting when their range is narrow (the usual
 * case: a few hundred days), else by qsort. */
static void sort_finishes(gint32 *v, guint32 n)
{
    gint32 lo = G_MAXINT32, hi = G_MININT32;
    for (guint32 i = 0; i < n; i++) {
        lo = MIN(lo, v[i]);
        hi = MAX(hi, v[i]);
    }
    if (n == 0)
        return;
    guint64 range = (guint64)((gint64)hi - lo) + 1;
    if (range > 4 * (guint64)n) {
        qsort(v, n, sizeof(gint32), compare_gint32);
        return;
    }
    g_autofree guint32 *count = g_new0(guint32, range);
    for (guint32 i = 0; i < n; i++)
        count[v[i] - lo]++;
    guint32 i = 0;
    for (guint64 x = 0; x < range; x++)
        for (guint32 j = 0; j < count[x]; j++)
            v[i++] = (gint32)(lo + (gint64)x);
}

void yp_risk_result_free(YpRiskResult *result)
{
    if (result == NULL)
        return;
    g_free(result->finish);
    g_free(result->critical);
    g_free(result);
}

YpRiskResult *yp_risk_simulate(const YpRiskModel *model, guint32 n_trials, guint64 seed,
                               gboolean criticality, guint max_threads, GError **error)
{
    g_return_val_if_fail(model != NULL, NULL);
    g_return_val_if_fail(error == NULL || *error == NULL, NULL);
    const YpNetwork *net = model->network;
    if (n_trials < YP_RISK_MIN_TRIALS || n_trials > YP_RISK_MAX_TRIALS) {
        g_set_error(error, YP_ERROR, YP_ERROR_LIMIT,
                    "The number of trials is %u; it must lie between 100 and 1,000,000.", n_trials);
        return NULL;
    }
    guint64 size = (guint64)net->n_activities + net->n_links;
    guint64 work = (guint64)n_trials * size;
    if (work > YP_RISK_MAX_WORK) {
        g_set_error(error, YP_ERROR, YP_ERROR_LIMIT,
                    "%u trials of %" G_GUINT64_FORMAT " activities and links exceed the limit "
                    "of 500,000,000 (trials times activities and links) of one call; use at "
                    "most %" G_GUINT64_FORMAT " trials.",
                    n_trials, size, YP_RISK_MAX_WORK / size);
        return NULL;
    }

    guint32 n_chunks = (n_trials + YP_RISK_CHUNK - 1) / YP_RISK_CHUNK;
    g_autofree YpRng *streams = g_new(YpRng, n_chunks);
    yp_rng_init(&streams[0], seed);
    for (guint32 c = 1; c < n_chunks; c++) {
        streams[c] = streams[c - 1];
        yp_rng_jump(&streams[c]);
    }

    g_autoptr(YpRiskResult) result = g_new0(YpRiskResult, 1);
    result->n_trials = n_trials;
    result->finish = g_new(gint32, n_trials);
    Job job = { model, n_trials, n_chunks, streams, result->finish, criticality, 0 };

    guint n_threads = max_threads;
    if (n_threads == 0) {
        guint64 effort = work * (criticality ? 2 : 1);
        n_threads =
            effort < MIN_PARALLEL_WORK ? 1 : MIN((guint)g_get_num_processors(), MAX_THREADS);
    }
    n_threads = CLAMP(n_threads, 1u, MIN(n_chunks, MAX_THREADS));

    guint32 n = net->n_activities;
    Worker workers[MAX_THREADS];
    GThread *threads[MAX_THREADS] = { NULL };
    for (guint i = 0; i < n_threads; i++) {
        workers[i].job = &job;
        workers[i].critical = criticality ? g_new0(guint32, MAX(n, 1)) : NULL;
    }
    /* The calling thread is worker 0; a thread that cannot start leaves
     * its chunks to the others, which changes nothing in the result. */
    for (guint i = 1; i < n_threads; i++)
        threads[i] = g_thread_try_new("yp-risk", worker_run, &workers[i], NULL);
    worker_run(&workers[0]);
    for (guint i = 1; i < n_threads; i++)
        if (threads[i] != NULL)
            g_thread_join(threads[i]);

    if (criticality) {
        result->critical = g_steal_pointer(&workers[0].critical);
        for (guint i = 1; i < n_threads; i++) {
            for (guint32 a = 0; a < n; a++)
                result->critical[a] += workers[i].critical[a];
            g_free(workers[i].critical);
        }
    }
    sort_finishes(result->finish, n_trials);
    return g_steal_pointer(&result);
}

gint32 yp_risk_percentile(const gint32 *sorted, gsize n, double p)
{
    g_return_val_if_fail(sorted != NULL && n >= 1, 0);
    g_return_val_if_fail(p > 0 && p <= 1, 0);
    double k = ceil(p * (double)n - PERCENTILE_TOLERANCE * (double)n);
    gsize i = k < 1 ? 0 : (gsize)k - 1;
    return sorted[MIN(i, n - 1)];
}

/* ---- The spreadsheet functions ----------------------------------------------- */

static gboolean check_percentiles(const double *p, gsize n, GError **error)
{
    if (n > YP_RISK_MAX_PERCENTILES) {
        g_set_error(error, YP_ERROR, YP_ERROR_LIMIT,
                    "There are %" G_GSIZE_FORMAT " percentiles; at most 1,048,576 are allowed.", n);
        return FALSE;
    }
    for (gsize i = 0; i < n; i++) {
        if (isnan(p[i]) || (p[i] > 0 && p[i] <= 1))
            continue;
        g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                    "Percentile %" G_GSIZE_FORMAT " is %.15g; give each as a fraction above 0 "
                    "and at most 1, e.g. 0.8 for P80.",
                    i + 1, p[i]);
        return FALSE;
    }
    return TRUE;
}

gboolean yp_risk_sra(const char *const *ids, const double *optimistic, const double *likely,
                     const double *pessimistic, const char *const *predecessors, gsize n_rows,
                     const double *percentiles, gsize n_percentiles, guint32 n_trials,
                     const YpCalendar *calendar, YpDay start, double *out, GError **error)
{
    g_return_val_if_fail(n_percentiles == 0 || (percentiles != NULL && out != NULL), FALSE);
    g_return_val_if_fail(start == 0 || calendar != NULL, FALSE);
    /* The one-cell arguments first: they are cheap to check. */
    if (!check_percentiles(percentiles, n_percentiles, error))
        return FALSE;
    if (start != 0 && !yp_day_is_supported(start)) {
        g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                    "The start date is outside the supported dates, 1583-01-01 to 9999-12-31.");
        return FALSE;
    }
    g_autoptr(YpRiskModel) model =
        yp_risk_model_new(ids, optimistic, likely, pessimistic, predecessors, n_rows, error);
    if (model == NULL)
        return FALSE;
    g_autoptr(YpRiskResult) result =
        yp_risk_simulate(model, n_trials, YP_RISK_SEED, FALSE, 0, error);
    if (result == NULL)
        return FALSE;

    gint64 origin = start != 0 ? yp_calendar_ordinal(calendar, start) : 0;
    for (gsize i = 0; i < n_percentiles; i++) {
        if (isnan(percentiles[i])) {
            out[i] = NAN;
            continue;
        }
        gint32 finish = yp_risk_percentile(result->finish, result->n_trials, percentiles[i]);
        if (start == 0) {
            out[i] = finish;
            continue;
        }
        /* The last working day of the project, as YARD.CPM dates the
         * largest EF: day EF - 1, or day 0 when nothing takes time. */
        YpDay day;
        if (!yp_calendar_day(calendar, origin + MAX(finish - 1, 0), &day, NULL)) {
            g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                        "The project runs past 9999-12-31, the last supported date.");
            return FALSE;
        }
        out[i] = day;
    }
    return TRUE;
}

gboolean yp_risk_criticality(const char *const *ids, const double *optimistic, const double *likely,
                             const double *pessimistic, const char *const *predecessors,
                             gsize n_rows, guint32 n_trials, double *out, GError **error)
{
    g_return_val_if_fail(n_rows == 0 || out != NULL, FALSE);
    g_autoptr(YpRiskModel) model =
        yp_risk_model_new(ids, optimistic, likely, pessimistic, predecessors, n_rows, error);
    if (model == NULL)
        return FALSE;
    g_autoptr(YpRiskResult) result =
        yp_risk_simulate(model, n_trials, YP_RISK_SEED, TRUE, 0, error);
    if (result == NULL)
        return FALSE;
    for (gsize r = 0; r < n_rows; r++)
        out[r] = NAN;
    const YpNetwork *net = model->network;
    for (guint32 a = 0; a < net->n_activities; a++)
        out[net->row[a]] = (double)result->critical[a] / result->n_trials;
    return TRUE;
}
