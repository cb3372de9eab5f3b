/* SPDX-License-Identifier: MPL-2.0 */
/* Schedule risk analysis against cases with known answers. The reference
 * is deliberately simple and independent of the engine: the beta
 * distribution function by Simpson's rule on its trigonometric form,
 * B(alpha, beta) = 2 int_0^(pi/2) sin^(2 alpha - 1) t cos^(2 beta - 1) t dt
 * (checked against closed forms for whole shapes and against the analytic
 * PERT mean and variance), the distribution of each rounded duration from
 * it, sums by convolution and maxima by products of distribution
 * functions. Samples must agree within five standard errors; the seed is
 * fixed, so the tests are reproducible. */
#include <math.h>
#include <string.h>

#include "scheduler/cpm.h"
#include "scheduler/error.h"
#include "scheduler/risk.h"
#include "tests/unit/testing.h"

/* ---- The reference -------------------------------------------------------- */

static double trig_integrand(double t, double alpha, double beta)
{
    return pow(sin(t), 2 * alpha - 1) * pow(cos(t), 2 * beta - 1);
}

static double simpson(double lo, double hi, double alpha, double beta)
{
    const int n = 4000; /* even */
    double h = (hi - lo) / n;
    double s = trig_integrand(lo, alpha, beta) + trig_integrand(hi, alpha, beta);
    for (int i = 1; i < n; i++)
        s += (i % 2 ? 4 : 2) * trig_integrand(lo + i * h, alpha, beta);
    return s * h / 3;
}

/* P(Y <= y) for Y ~ Beta(alpha, beta), alpha, beta >= 1: y = sin^2 t. */
static double beta_cdf(double alpha, double beta, double y)
{
    if (y <= 0)
        return 0;
    if (y >= 1)
        return 1;
    return simpson(0, asin(sqrt(y)), alpha, beta) / simpson(0, G_PI / 2, alpha, beta);
}

/* The PERT shapes of (a, m, b), a < b (Malcolm et al. 1959). */
static void pert_shapes(double a, double m, double b, double *alpha, double *beta)
{
    *alpha = 1 + 4 * (m - a) / (b - a);
    *beta = 1 + 4 * (b - m) / (b - a);
}

/* P(X < x) for the PERT-beta X on [a, b]. */
static double pert_cdf(double a, double m, double b, double x)
{
    double alpha, beta;
    pert_shapes(a, m, b, &alpha, &beta);
    return beta_cdf(alpha, beta, (x - a) / (b - a));
}

/* A distribution on whole days lo, lo + 1, ..., lo + n - 1. */
typedef struct {
    gint32 lo;
    int n;
    double p[2048];
} Pmf;

/* D = floor(X + 0.5): P(D = k) = P(k - 0.5 <= X < k + 0.5). */
static void pert_rounded(double a, double m, double b, Pmf *out)
{
    gint32 lo = (gint32)floor(a + 0.5), hi = (gint32)floor(b + 0.5);
    out->lo = lo;
    out->n = hi - lo + 1;
    ck_assert_int_le(out->n, 2048);
    if (a == b) {
        out->p[0] = 1;
        return;
    }
    for (gint32 k = lo; k <= hi; k++)
        out->p[k - lo] = pert_cdf(a, m, b, k + 0.5) - pert_cdf(a, m, b, k - 0.5);
}

static void pmf_sum(const Pmf *x, const Pmf *y, Pmf *out)
{
    out->lo = x->lo + y->lo;
    out->n = x->n + y->n - 1;
    ck_assert_int_le(out->n, 2048);
    memset(out->p, 0, sizeof out->p);
    for (int i = 0; i < x->n; i++)
        for (int j = 0; j < y->n; j++)
            out->p[i + j] += x->p[i] * y->p[j];
}

static double pmf_cdf(const Pmf *x, gint32 k)
{
    double s = 0;
    for (int i = 0; i < x->n && x->lo + i <= k; i++)
        s += x->p[i];
    return MIN(s, 1.0);
}

/* The maximum of two independent variables: F = F_x F_y. */
static void pmf_max(const Pmf *x, const Pmf *y, Pmf *out)
{
    out->lo = MAX(x->lo, y->lo);
    gint32 hi = MAX(x->lo + x->n - 1, y->lo + y->n - 1);
    out->n = hi - out->lo + 1;
    double prev = 0;
    for (gint32 k = out->lo; k <= hi; k++) {
        double f = pmf_cdf(x, k) * pmf_cdf(y, k);
        out->p[k - out->lo] = f - prev;
        prev = f;
    }
}

static double pmf_moment(const Pmf *x, double centre, int power)
{
    double s = 0;
    for (int i = 0; i < x->n; i++)
        s += x->p[i] * pow(x->lo + i - centre, power);
    return s;
}

/* ---- Building models -------------------------------------------------------- */

typedef struct {
    const char *id;
    double a, m, b;
    const char *preds;
} Row;

static YpRiskModel *model_try(const Row *rows, gsize n, GError **error)
{
    g_autofree const char **ids = g_new(const char *, MAX(n, 1));
    g_autofree const char **preds = g_new(const char *, MAX(n, 1));
    g_autofree double *a = g_new(double, MAX(n, 1));
    g_autofree double *m = g_new(double, MAX(n, 1));
    g_autofree double *b = g_new(double, MAX(n, 1));
    for (gsize i = 0; i < n; i++) {
        ids[i] = rows[i].id;
        preds[i] = rows[i].preds;
        a[i] = rows[i].a;
        m[i] = rows[i].m;
        b[i] = rows[i].b;
    }
    return yp_risk_model_new(ids, a, m, b, preds, n, error);
}

static YpRiskModel *model_of(const Row *rows, gsize n)
{
    g_autoptr(GError) error = NULL;
    YpRiskModel *model = model_try(rows, n, &error);
    ck_assert_msg(model != NULL, "model failed: %s", error != NULL ? error->message : "");
    return model;
}

static YpRiskResult *simulate(const YpRiskModel *model, guint32 trials, gboolean crit)
{
    g_autoptr(GError) error = NULL;
    YpRiskResult *r = yp_risk_simulate(model, trials, YP_RISK_SEED, crit, 0, &error);
    ck_assert_msg(r != NULL, "simulate failed: %s", error != NULL ? error->message : "");
    return r;
}

/* The sample's distribution function against @ref at every day, within
 * five standard errors, and nothing outside the support. */
static void check_distribution(const YpRiskResult *r, const Pmf *ref, const char *what)
{
    guint32 n = r->n_trials;
    ck_assert_msg(r->finish[0] >= ref->lo && r->finish[n - 1] <= ref->lo + ref->n - 1,
                  "%s: samples %d..%d outside %d..%d", what, r->finish[0], r->finish[n - 1],
                  ref->lo, ref->lo + ref->n - 1);
    guint32 i = 0;
    for (gint32 k = ref->lo; k < ref->lo + ref->n; k++) {
        while (i < n && r->finish[i] <= k)
            i++;
        double f = pmf_cdf(ref, k), fhat = (double)i / n;
        double tol = 5 * sqrt(f * (1 - f) / n) + 1e-6;
        ck_assert_msg(fabs(fhat - f) <= tol, "%s: P(finish <= %d) is %.5f, expected %.5f +- %.5f",
                      what, k, fhat, f, tol);
    }
}

/* A sample percentile is right within sampling error when the true
 * distribution function reaches p there (within 5 standard errors) and
 * has not reached it a day earlier. */
static void check_percentiles(const YpRiskResult *r, const Pmf *ref, const char *what)
{
    static const double ps[] = { 0.05, 0.1, 0.25, 0.5, 0.75, 0.8, 0.9, 0.95, 0.99 };
    for (gsize i = 0; i < G_N_ELEMENTS(ps); i++) {
        gint32 q = yp_risk_percentile(r->finish, r->n_trials, ps[i]);
        double tol = 5 * sqrt(ps[i] * (1 - ps[i]) / r->n_trials);
        ck_assert_msg(pmf_cdf(ref, q) >= ps[i] - tol && pmf_cdf(ref, q - 1) <= ps[i] + tol,
                      "%s: P%.0f is %d, but F(%d) = %.5f and F(%d) = %.5f", what, ps[i] * 100, q, q,
                      pmf_cdf(ref, q), q - 1, pmf_cdf(ref, q - 1));
    }
}

static double sample_mean(const YpRiskResult *r)
{
    double s = 0;
    for (guint32 i = 0; i < r->n_trials; i++)
        s += r->finish[i];
    return s / r->n_trials;
}

static double sample_variance(const YpRiskResult *r, double mean)
{
    double s = 0;
    for (guint32 i = 0; i < r->n_trials; i++)
        s += (r->finish[i] - mean) * (r->finish[i] - mean);
    return s / (r->n_trials - 1);
}

/* ---- The reference itself --------------------------------------------------- */

static double binomial(int n, int k)
{
    double c = 1;
    for (int i = 1; i <= k; i++)
        c = c * (n - k + i) / i;
    return c;
}

START_TEST(test_reference_closed_forms)
{
    /* For whole shapes, I_y(alpha, beta) = sum_{j = alpha}^{n} C(n, j)
     * y^j (1 - y)^(n - j) with n = alpha + beta - 1. */
    static const int shapes[][2] = { { 1, 5 }, { 2, 4 }, { 3, 3 }, { 4, 2 }, { 5, 1 } };
    for (gsize s = 0; s < G_N_ELEMENTS(shapes); s++) {
        int al = shapes[s][0], be = shapes[s][1], n = al + be - 1;
        for (double y = 0.05; y < 1; y += 0.1) {
            double exact = 0;
            for (int j = al; j <= n; j++)
                exact += binomial(n, j) * pow(y, j) * pow(1 - y, n - j);
            ck_assert_double_eq_tol(beta_cdf(al, be, y), exact, 1e-9);
        }
    }
    /* Beta(3, 3) below 1/4, by hand: (10 * 9/16 + 5 * 3/4 + 1) / 4^5. */
    ck_assert_double_eq_tol(beta_cdf(3, 3, 0.25), 106.0 / 1024, 1e-12);
}
END_TEST

/* The mean and variance of the reference's distribution (by integrating
 * 1 - F and 2x(1 - F)) are the PERT ones: (a + 4m + b) / 6 and
 * (b - a)^2 alpha beta / ((alpha + beta)^2 (alpha + beta + 1)). */
START_TEST(test_reference_moments)
{
    static const double cases[][3] = { { 2, 5, 14 }, { 0, 0.7, 3 }, { 10, 10, 20 }, { 4, 9, 9 } };
    for (gsize c = 0; c < G_N_ELEMENTS(cases); c++) {
        double a = cases[c][0], m = cases[c][1], b = cases[c][2], alpha, beta;
        pert_shapes(a, m, b, &alpha, &beta);
        const int n = 400;
        double h = (b - a) / n, e1 = 0, e2 = 0;
        for (int i = 0; i <= n; i++) {
            double x = a + i * h, w = (i == 0 || i == n) ? 1 : (i % 2 ? 4 : 2);
            double tail = 1 - pert_cdf(a, m, b, x);
            e1 += w * tail;
            e2 += w * 2 * (x - a) * tail;
        }
        e1 *= h / 3;
        e2 *= h / 3;
        double mean = a + e1, var = e2 - e1 * e1;
        double s = alpha + beta;
        ck_assert_double_eq_tol(mean, (a + 4 * m + b) / 6, 1e-6 * (b - a));
        ck_assert_double_eq_tol(var, (b - a) * (b - a) * alpha * beta / (s * s * (s + 1)),
                                1e-5 * (b - a) * (b - a));
    }
}
END_TEST

/* ---- The variates ------------------------------------------------------------ */

static double phi(double t)
{
    return 0.5 * erfc(-t / sqrt(2.0));
}

static int compare_double(const void *pa, const void *pb)
{
    double a = *(const double *)pa, b = *(const double *)pb;
    return (a > b) - (a < b);
}

/* How many of the sorted @v are <= @t (< @t when @strict). */
static int count_below(const double *v, int n, double t, gboolean strict)
{
    int lo = 0, hi = n;
    while (lo < hi) {
        int mid = lo + (hi - lo) / 2;
        if (strict ? v[mid] < t : v[mid] <= t)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

START_TEST(test_normal)
{
    /* Two million normal variates against the normal distribution function
     * (erfc), in the tails beyond the ziggurat's base strip (r = 3.44), in
     * their moments, and with the sign independent of the magnitude. */
    const int n = 2000000;
    YpRiskZiggurat zig;
    yp_risk_ziggurat_init(&zig);
    YpRng rng;
    yp_rng_init(&rng, 11);
    g_autofree double *z = g_new(double, n);
    double m1 = 0, m2 = 0, m3 = 0, m4 = 0;
    for (int i = 0; i < n; i++) {
        z[i] = yp_risk_normal(&zig, &rng);
        m1 += z[i];
    }
    m1 /= n;
    for (int i = 0; i < n; i++) {
        double d = z[i] - m1;
        m2 += d * d;
        m3 += d * d * d;
        m4 += d * d * d * d;
    }
    m2 /= n;
    m3 /= n;
    m4 /= n;
    ck_assert_double_eq_tol(m1, 0, 5 / sqrt(n));
    ck_assert_double_eq_tol(m2, 1, 5 * sqrt(2.0 / n));
    ck_assert_double_eq_tol(m3 / pow(m2, 1.5), 0, 5 * sqrt(6.0 / n));
    ck_assert_double_eq_tol(m4 / (m2 * m2), 3, 5 * sqrt(24.0 / n));

    qsort(z, n, sizeof(double), compare_double);
    for (double t = -4; t <= 4; t += 0.25) {
        double f = phi(t), fhat = (double)count_below(z, n, t, FALSE) / n;
        ck_assert_msg(fabs(fhat - f) <= 5 * sqrt(f * (1 - f) / n) + 1e-7,
                      "P(Z <= %g) is %.6f, expected %.6f", t, fhat, f);
    }
    static const double tails[] = { 3.0, 3.44, 3.8, 4.2 };
    for (gsize k = 0; k < G_N_ELEMENTS(tails); k++) {
        int beyond = count_below(z, n, -tails[k], TRUE) + n - count_below(z, n, tails[k], FALSE);
        double expect = n * erfc(tails[k] / sqrt(2.0));
        ck_assert_msg(fabs(beyond - expect) <= 5 * sqrt(expect) + 1, "%d beyond %g, expected %.1f",
                      beyond, tails[k], expect);
    }
    /* Half of each band of magnitudes is negative. */
    for (double b = 0; b < 3; b += 0.25) {
        /* Negative: -(b + 0.25) < z <= -b; positive: b <= z < b + 0.25. */
        int negative = count_below(z, n, -b, FALSE) - count_below(z, n, -(b + 0.25), FALSE);
        int in = negative + count_below(z, n, b + 0.25, TRUE) - count_below(z, n, b, TRUE);
        ck_assert_msg(fabs(negative - in / 2.0) <= 5 * sqrt(in / 4.0) + 1,
                      "%d of %d negative in [%g, %g)", negative, in, b, b + 0.25);
    }
}
END_TEST

START_TEST(test_gamma)
{
    /* Mean and variance equal the shape; for whole shapes k the Erlang
     * distribution function 1 - sum_{j < k} e^-x x^j / j! at several x. */
    static const double shapes[] = { 1, 1.3, 2, 2.5, 4, 5 };
    const int n = 400000;
    YpRiskZiggurat zig;
    yp_risk_ziggurat_init(&zig);
    YpRng rng;
    yp_rng_init(&rng, 12);
    g_autofree double *g = g_new(double, n);
    for (gsize s = 0; s < G_N_ELEMENTS(shapes); s++) {
        double k = shapes[s], mean = 0, var = 0;
        int not_positive = 0;
        for (int i = 0; i < n; i++) {
            g[i] = yp_risk_gamma(&zig, &rng, k);
            not_positive += !(g[i] > 0);
            mean += g[i];
        }
        ck_assert_int_eq(not_positive, 0);
        mean /= n;
        for (int i = 0; i < n; i++)
            var += (g[i] - mean) * (g[i] - mean);
        var /= n - 1;
        ck_assert_double_eq_tol(mean, k, 5 * sqrt(k / n));
        /* Var(s^2) ~ (mu4 - sigma^4) / n with mu4 = 3k^2 + 6k. */
        ck_assert_double_eq_tol(var, k, 5 * sqrt((2 * k * k + 6 * k) / n));
        if (k != floor(k))
            continue;
        qsort(g, n, sizeof(double), compare_double);
        for (double x = 0.25; x < 4 * k; x *= 1.5) {
            double term = exp(-x), sum = 0;
            for (int j = 0; j < (int)k; j++) {
                sum += term;
                term *= x / (j + 1);
            }
            double f = 1 - sum;
            int below = count_below(g, n, x, FALSE);
            ck_assert_msg(fabs((double)below / n - f) <= 5 * sqrt(f * (1 - f) / n) + 1e-7,
                          "shape %g: P(G <= %g) is %.5f, expected %.5f", k, x, (double)below / n,
                          f);
        }
    }
}
END_TEST

/* ---- Monte Carlo against known answers ---------------------------------------- */

START_TEST(test_single_activity)
{
    /* Shapes (2, 4), (1, 5), (5, 1), (3, 3), fractional ends, and a wide
     * one where rounding hardly matters. */
    static const double cases[][3] = {
        { 2, 5, 14 }, { 3, 3, 10 }, { 0, 8, 8 }, { 0, 1, 2 }, { 0.3, 2.2, 6.9 }, { 0, 300, 1000 },
    };
    for (gsize c = 0; c < G_N_ELEMENTS(cases); c++) {
        Row rows[] = { { "A", cases[c][0], cases[c][1], cases[c][2], NULL } };
        g_autoptr(YpRiskModel) model = model_of(rows, 1);
        g_autoptr(YpRiskResult) r = simulate(model, 100000, FALSE);
        Pmf ref;
        pert_rounded(cases[c][0], cases[c][1], cases[c][2], &ref);
        char what[64];
        g_snprintf(what, sizeof what, "(%g, %g, %g)", cases[c][0], cases[c][1], cases[c][2]);
        check_distribution(r, &ref, what);
        check_percentiles(r, &ref, what);
    }
}
END_TEST

START_TEST(test_rounding)
{
    /* (10, 10, 11): alpha 1, beta 5, so P(X < 10.5) = 1 - (1/2)^5 = 31/32
     * by hand; durations are 10 or 11 days. */
    Row rows[] = { { "A", 10, 10, 11, NULL } };
    g_autoptr(YpRiskModel) model = model_of(rows, 1);
    g_autoptr(YpRiskResult) r = simulate(model, 100000, FALSE);
    guint32 tens = 0, others = 0;
    for (guint32 i = 0; i < r->n_trials; i++) {
        tens += r->finish[i] == 10;
        others += r->finish[i] != 10 && r->finish[i] != 11;
    }
    ck_assert_uint_eq(others, 0);
    double se = sqrt(31.0 / 32 / 32 / r->n_trials);
    ck_assert_double_eq_tol((double)tens / r->n_trials, 31.0 / 32, 5 * se);
    ck_assert_int_eq(yp_risk_percentile(r->finish, r->n_trials, 0.9), 10);
    ck_assert_int_eq(yp_risk_percentile(r->finish, r->n_trials, 0.99), 11);

    /* Fixed durations round half up: 2.5 days is 3, 2.49 is 2. */
    Row fixed[] = { { "A", 2.5, 2.5, 2.5, NULL }, { "B", 2.49, 2.49, 2.49, "A" } };
    g_autoptr(YpRiskModel) m2 = model_of(fixed, 2);
    g_autoptr(YpRiskResult) r2 = simulate(m2, 100, FALSE);
    ck_assert_int_eq(r2->finish[0], 5);
    ck_assert_int_eq(r2->finish[99], 5);
}
END_TEST

START_TEST(test_chain)
{
    /* A chain of four: the project duration is the sum of the rounded
     * durations; its exact distribution by convolution. */
    const Row rows[] = {
        { "A", 2, 5, 14, NULL },
        { "B", 0.5, 1, 4.5, "A" },
        { "C", 6, 6, 6, "B" },
        { "D", 3, 9, 10, "C" },
    };
    g_autoptr(YpRiskModel) model = model_of(rows, 4);
    g_autoptr(YpRiskResult) r = simulate(model, 200000, FALSE);
    Pmf total, part, tmp;
    pert_rounded(rows[0].a, rows[0].m, rows[0].b, &total);
    for (int i = 1; i < 4; i++) {
        pert_rounded(rows[i].a, rows[i].m, rows[i].b, &part);
        pmf_sum(&total, &part, &tmp);
        total = tmp;
    }
    double mean = pmf_moment(&total, 0, 1);
    double var = pmf_moment(&total, mean, 2), mu4 = pmf_moment(&total, mean, 4);
    guint32 n = r->n_trials;
    double m_hat = sample_mean(r), v_hat = sample_variance(r, m_hat);
    ck_assert_double_eq_tol(m_hat, mean, 5 * sqrt(var / n));
    /* Var(s^2) = (mu4 - (n - 3) / (n - 1) sigma^4) / n. */
    ck_assert_double_eq_tol(v_hat, var, 5 * sqrt((mu4 - (n - 3.0) / (n - 1) * var * var) / n));
    check_distribution(r, &total, "chain");
    check_percentiles(r, &total, "chain");
}
END_TEST

START_TEST(test_chain_analytic)
{
    /* Wide durations, where rounding adds a variance of 1/12 day^2 per
     * varying activity (Sheppard's correction) and shifts no mean: the
     * sample against the analytic PERT moments, sum (a + 4m + b) / 6 and
     * sum (b - a)^2 alpha beta / 252 + 1/12. */
    const Row rows[] = {
        { "A", 100, 400, 1000, NULL },
        { "B", 50, 120, 150, "A" },
        { "C", 20, 200, 380, "B" },
        { "D", 200, 220, 700, "C" },
    };
    g_autoptr(YpRiskModel) model = model_of(rows, 4);
    g_autoptr(YpRiskResult) r = simulate(model, 200000, FALSE);
    double mean = 0, var = 0;
    for (int i = 0; i < 4; i++) {
        double a = rows[i].a, m = rows[i].m, b = rows[i].b, alpha, beta;
        pert_shapes(a, m, b, &alpha, &beta);
        mean += (a + 4 * m + b) / 6;
        var += (b - a) * (b - a) * alpha * beta / 252 + 1.0 / 12;
    }
    guint32 n = r->n_trials;
    double m_hat = sample_mean(r), v_hat = sample_variance(r, m_hat);
    ck_assert_double_eq_tol(m_hat, mean, 5 * sqrt(var / n));
    /* A sum of four betas is close to normal: Var(s^2) ~ 2 sigma^4 / n
     * (kurtosis at most 3 for each term, so this bound is generous). */
    ck_assert_double_eq_tol(v_hat, var, 5 * var * sqrt(2.0 / n));
}
END_TEST

START_TEST(test_parallel)
{
    /* Two parallel activities between milestones: the project duration
     * is the larger, F(k) = F_A(k) F_B(k). */
    const Row rows[] = {
        { "S", 0, 0, 0, NULL },
        { "A", 2, 5, 14, "S" },
        { "B", 4, 6, 9, "S" },
        { "E", 0, 0, 0, "A;B" },
    };
    g_autoptr(YpRiskModel) model = model_of(rows, 4);
    g_autoptr(YpRiskResult) r = simulate(model, 200000, FALSE);
    Pmf pa, pb, ref;
    pert_rounded(2, 5, 14, &pa);
    pert_rounded(4, 6, 9, &pb);
    pmf_max(&pa, &pb, &ref);
    check_distribution(r, &ref, "parallel");
    check_percentiles(r, &ref, "parallel");
    double mean = pmf_moment(&ref, 0, 1), var = pmf_moment(&ref, mean, 2);
    ck_assert_double_eq_tol(sample_mean(r), mean, 5 * sqrt(var / r->n_trials));
}
END_TEST

START_TEST(test_fixed_network)
{
    /* Fixed durations with every link type: the plain CPM answer by hand.
     * A 0..3; B SS+1: 1..3; C FF+2: EF 5, so 1..5; D FS from B and C at 5;
     * F SF-1 from A: EF(F) >= 0 - 1, so 0..2. Finish 5 in every trial. */
    const Row rows[] = {
        { "A", 3, 3, 3, NULL },   { "B", 2, 2, 2, "A SS+1" }, { "C", 4, 4, 4, "A FF+2" },
        { "D", 0, 0, 0, "B; C" }, { "F", 2, 2, 2, "ASF-1" },
    };
    g_autoptr(YpRiskModel) model = model_of(rows, 5);
    ck_assert_uint_eq(model->n_varying, 0);
    g_autoptr(YpRiskResult) r = simulate(model, 1000, TRUE);
    ck_assert_int_eq(r->finish[0], 5);
    ck_assert_int_eq(r->finish[999], 5);
    /* Critical: A (LS 0), C, D; B has 2 days of float, F 3. */
    static const guint32 crit[] = { 1000, 0, 1000, 1000, 0 };
    for (guint32 a = 0; a < model->network->n_activities; a++)
        ck_assert_uint_eq(r->critical[a], crit[model->network->row[a]]);
}
END_TEST

START_TEST(test_criticality)
{
    /* Identical parallel activities (0, 1, 2): Beta(3, 3) on [0, 2], so
     * each takes 0, 1 or 2 days with probabilities q, 1 - 2q, q where
     * q = I_(1/4)(3, 3) = 106/1024 (by hand). A is critical when
     * D_A >= D_B: (1 + P(tie)) / 2. C follows both, so it is always
     * critical; a blank row separates it from them. */
    const double q = 106.0 / 1024, tie = 2 * q * q + (1 - 2 * q) * (1 - 2 * q);
    const char *ids[] = { "A", "B", NULL, "C" };
    const char *preds[] = { NULL, NULL, NULL, "A;B" };
    const double a[] = { 0, 0, NAN, 3 }, m[] = { 1, 1, NAN, 4 }, b[] = { 2, 2, NAN, 5 };
    double out[4];
    g_autoptr(GError) error = NULL;
    ck_assert(yp_risk_criticality(ids, a, m, b, preds, 4, 100000, out, &error));
    double se = sqrt(0.25 / 100000);
    ck_assert_double_eq_tol(out[0], (1 + tie) / 2, 5 * se);
    ck_assert_double_eq_tol(out[1], (1 + tie) / 2, 5 * se);
    ck_assert(isnan(out[2]));
    ck_assert_double_eq(out[3], 1.0);
    /* Both are critical exactly in the ties. */
    ck_assert_double_eq_tol(out[0] + out[1] - 1, tie, 5 * se);

    /* Disjoint ranges in parallel: the longer always, the shorter never;
     * a chain is always critical. */
    const char *ids2[] = { "X", "Y", "Z" };
    const char *preds2[] = { NULL, NULL, "X" };
    const double a2[] = { 5, 1, 0 }, m2[] = { 6, 2, 1 }, b2[] = { 9, 3, 2 };
    ck_assert(yp_risk_criticality(ids2, a2, m2, b2, preds2, 3, 10000, out, &error));
    ck_assert_double_eq(out[0], 1.0);
    ck_assert_double_eq(out[1], 0.0);
    ck_assert_double_eq(out[2], 1.0);
}
END_TEST

/* ---- The estimator, the dates and reproducibility ------------------------------ */

START_TEST(test_percentile_estimator)
{
    /* By hand: the smallest value with at least p of the values at or
     * below it. */
    const gint32 v[10] = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 };
    ck_assert_int_eq(yp_risk_percentile(v, 10, 0.5), 5);
    ck_assert_int_eq(yp_risk_percentile(v, 10, 0.51), 6);
    ck_assert_int_eq(yp_risk_percentile(v, 10, 0.01), 1);
    ck_assert_int_eq(yp_risk_percentile(v, 10, 1.0), 10);
    ck_assert_int_eq(yp_risk_percentile(v, 10, 0.8), 8);
    /* 0.07 x 100 is 7.000000000000001 in binary: still the 7th value. */
    gint32 w[100];
    for (int i = 0; i < 100; i++)
        w[i] = i + 1;
    ck_assert_int_eq(yp_risk_percentile(w, 100, 0.07), 7);
    ck_assert_int_eq(yp_risk_percentile(w, 100, 0.57), 57);
    ck_assert_int_eq(yp_risk_percentile(w, 100, 0.071), 8);
}
END_TEST

START_TEST(test_sra_durations_and_dates)
{
    /* Chain A (3 days) -> B (2 days), fixed: 5 days at every percentile. */
    const char *ids[] = { "A", "B", "", "" };
    const char *preds[] = { NULL, "A", NULL, "" };
    const double a[] = { 3, 2, NAN, NAN }, m[] = { 3, 2, NAN, NAN }, b[] = { 3, 2, NAN, NAN };
    const double p[] = { 0.5, NAN, 1 };
    double out[3];
    g_autoptr(GError) error = NULL;
    ck_assert(yp_risk_sra(ids, a, m, b, preds, 4, p, 3, 10000, NULL, 0, out, &error));
    ck_assert_double_eq(out[0], 5);
    ck_assert(isnan(out[1]));
    ck_assert_double_eq(out[2], 5);

    /* From Monday 2026-03-02 on a 5-day week the work takes Mon..Fri:
     * the finish is Friday 2026-03-06; from Saturday 2026-02-28 too. */
    g_autoptr(YpCalendar) cal = yp_calendar_new(YP_WEEKEND_DEFAULT, NULL, 0, &error);
    YpDay monday = yp_day_from_ymd(2026, 3, 2);
    ck_assert_int_eq(yp_weekday(monday), 0);
    ck_assert(yp_risk_sra(ids, a, m, b, preds, 4, p, 3, 10000, cal, monday, out, &error));
    ck_assert_double_eq(out[0], yp_day_from_ymd(2026, 3, 6));
    ck_assert(yp_risk_sra(ids, a, m, b, preds, 4, p, 1, 10000, cal, yp_day_from_ymd(2026, 2, 28),
                          out, &error));
    ck_assert_double_eq(out[0], yp_day_from_ymd(2026, 3, 6));

    /* A lone milestone finishes on working day 0: Monday. */
    const double zero[] = { 0 };
    ck_assert(yp_risk_sra(ids, zero, zero, zero, NULL, 1, p, 1, 100, cal,
                          yp_day_from_ymd(2026, 2, 28), out, &error));
    ck_assert_double_eq(out[0], monday);

    /* Past 9999-12-31. */
    ck_assert(!yp_risk_sra(ids, a, m, b, preds, 4, p, 1, 100, cal, yp_day_from_ymd(9999, 12, 28),
                           out, &error));
    ck_assert(g_error_matches(error, YP_ERROR, YP_ERROR_INVALID));
}
END_TEST

/* A layered random network: @n activities, links to up to three of the
 * previous 20, mixed link types and lags. */
static YpRiskModel *random_model(guint32 n, guint64 seed)
{
    YpRng rng;
    yp_rng_init(&rng, seed);
    g_autoptr(GPtrArray) strings = g_ptr_array_new_with_free_func(g_free);
    g_autofree const char **ids = g_new(const char *, n);
    g_autofree const char **preds = g_new(const char *, n);
    g_autofree double *a = g_new(double, n), *m = g_new(double, n), *b = g_new(double, n);
    static const char *const types[] = { "FS", "SS", "FF", "SF" };
    for (guint32 i = 0; i < n; i++) {
        char *id = g_strdup_printf("T%u", i);
        g_ptr_array_add(strings, id);
        ids[i] = id;
        GString *p = g_string_new(NULL);
        for (int l = 0; i > 0 && l < 3; l++) {
            guint32 j = i - 1 - (guint32)yp_rng_below(&rng, MIN(i, 20));
            if (strstr(p->str, ids[j]) != NULL)
                continue;
            g_string_append_printf(p, "T%u%s%+d;", j, types[yp_rng_below(&rng, 4)],
                                   (int)yp_rng_range(&rng, -2, 3));
        }
        preds[i] = p->str;
        g_ptr_array_add(strings, g_string_free(p, FALSE));
        a[i] = (double)yp_rng_range(&rng, 0, 10);
        m[i] = a[i] + (double)yp_rng_range(&rng, 0, 10);
        b[i] = m[i] + (double)yp_rng_range(&rng, 0, 20);
    }
    g_autoptr(GError) error = NULL;
    YpRiskModel *model = yp_risk_model_new(ids, a, m, b, preds, n, &error);
    ck_assert_msg(model != NULL, "random model: %s", error != NULL ? error->message : "");
    return model;
}

START_TEST(test_reproducible)
{
    /* The same answer with 1, 2, 3 and 8 threads and on every run. */
    g_autoptr(YpRiskModel) model = random_model(300, 7);
    g_autoptr(YpRiskResult) one = NULL;
    static const guint threads[] = { 1, 2, 3, 8, 0 };
    for (gsize i = 0; i < G_N_ELEMENTS(threads); i++) {
        g_autoptr(GError) error = NULL;
        YpRiskResult *r = yp_risk_simulate(model, 5000, YP_RISK_SEED, TRUE, threads[i], &error);
        ck_assert(r != NULL);
        if (one == NULL) {
            one = r;
            continue;
        }
        ck_assert_mem_eq(r->finish, one->finish, 5000 * sizeof(gint32));
        ck_assert_mem_eq(r->critical, one->critical, 300 * sizeof(guint32));
        yp_risk_result_free(r);
    }
    /* A different seed gives a different sample. */
    g_autoptr(YpRiskResult) other = yp_risk_simulate(model, 5000, 1, TRUE, 0, NULL);
    ck_assert(memcmp(other->finish, one->finish, 5000 * sizeof(gint32)) != 0);
    /* The finishes come sorted. */
    guint32 unsorted = 0;
    for (guint32 i = 1; i < 5000; i++)
        unsorted += one->finish[i - 1] > one->finish[i];
    ck_assert_uint_eq(unsorted, 0);
}
END_TEST

START_TEST(test_logic_keeps_samples)
{
    /* Sampling follows the input rows, not the network: changing only
     * the links leaves every trial's durations as they were. */
    const Row r1[] = { { "A", 1, 2, 9, NULL }, { "B", 0, 3, 4, "A" }, { "C", 2, 2, 7, "B" } };
    const Row r2[] = { { "A", 1, 2, 9, "C" }, { "B", 0, 3, 4, "A" }, { "C", 2, 2, 7, NULL } };
    g_autoptr(YpRiskModel) m1 = model_of(r1, 3);
    g_autoptr(YpRiskModel) m2 = model_of(r2, 3);
    YpRng g1, g2;
    yp_rng_init(&g1, 99);
    yp_rng_init(&g2, 99);
    for (int t = 0; t < 100; t++) {
        gint32 d1[3], d2[3], by_row1[3], by_row2[3];
        yp_risk_sample(m1, &g1, d1);
        yp_risk_sample(m2, &g2, d2);
        for (guint32 a = 0; a < 3; a++) {
            by_row1[m1->network->row[a]] = d1[a];
            by_row2[m2->network->row[a]] = d2[a];
        }
        ck_assert_mem_eq(by_row1, by_row2, sizeof by_row1);
    }
}
END_TEST

/* ---- Bad input ----------------------------------------------------------------- */

static void expect_error(const Row *rows, gsize n, int code, const char *fragment)
{
    g_autoptr(GError) error = NULL;
    g_autoptr(YpRiskModel) model = model_try(rows, n, &error);
    ck_assert_msg(model == NULL, "accepted a table with %s", fragment);
    ck_assert_msg(g_error_matches(error, YP_ERROR, code), "wrong code for %s: %s", fragment,
                  error->message);
    ck_assert_msg(strstr(error->message, fragment) != NULL, "\"%s\" not in \"%s\"", fragment,
                  error->message);
}

START_TEST(test_bad_tables)
{
    const Row missing[] = { { "A", 1, 2, 3, NULL }, { "B", 1, NAN, 3, "A" } };
    expect_error(missing, 2, YP_ERROR_INVALID, "Row 2: activity B has no likely duration");
    const Row negative[] = { { "A", -1, 2, 3, NULL } };
    expect_error(negative, 1, YP_ERROR_INVALID, "Row 1: activity A has a negative optimistic");
    const Row a_above_m[] = { { "A", 1, 2, 3, NULL }, { "B", 4, 2, 5, NULL } };
    expect_error(a_above_m, 2, YP_ERROR_INVALID,
                 "Row 2: the optimistic duration of B (4) is larger than its likely");
    const Row m_above_b[] = { { "A", 1, 6, 5, NULL } };
    expect_error(m_above_b, 1, YP_ERROR_INVALID,
                 "Row 1: the likely duration of A (6) is larger than its pessimistic");
    const Row too_long[] = { { "A", 1, 2, 100001, NULL } };
    expect_error(too_long, 1, YP_ERROR_LIMIT, "Row 1: the pessimistic duration of A");
    const Row no_id[] = { { "A", 1, 2, 3, NULL }, { "", 1, 2, 3, NULL } };
    expect_error(no_id, 2, YP_ERROR_INVALID, "Row 2");
    const Row duplicate[] = { { "A", 1, 2, 3, NULL }, { "a ", 1, 2, 3, NULL } };
    expect_error(duplicate, 2, YP_ERROR_INVALID, "Row 2");
    const Row unknown[] = { { "A", 1, 2, 3, "Q" } };
    expect_error(unknown, 1, YP_ERROR_INVALID, "Row 1");
    const Row cycle[] = { { "A", 1, 2, 3, "B" }, { "B", 1, 2, 3, "A" } };
    expect_error(cycle, 2, YP_ERROR_CYCLE, "cycle");
    /* Network problems come before duration problems. */
    const Row both[] = { { "A", 5, 2, 3, NULL }, { "B", 1, 2, 3, "Z" } };
    expect_error(both, 2, YP_ERROR_INVALID, "Row 2");
}
END_TEST

START_TEST(test_bad_arguments)
{
    const char *ids[] = { "A" };
    const double a[] = { 1 }, m[] = { 2 }, b[] = { 3 };
    double out[2];
    static const double bad_p[] = { 0, -0.5, 1.5, 80 };
    for (gsize i = 0; i < G_N_ELEMENTS(bad_p); i++) {
        g_autoptr(GError) error = NULL;
        const double p[] = { 0.5, bad_p[i] };
        ck_assert(!yp_risk_sra(ids, a, m, b, NULL, 1, p, 2, 1000, NULL, 0, out, &error));
        ck_assert(g_error_matches(error, YP_ERROR, YP_ERROR_INVALID));
        ck_assert(strstr(error->message, "Percentile 2") != NULL);
    }
    static const guint32 bad_trials[] = { 0, 99, 1000001 };
    for (gsize i = 0; i < G_N_ELEMENTS(bad_trials); i++) {
        g_autoptr(GError) error = NULL;
        const double p[] = { 0.5 };
        ck_assert(!yp_risk_sra(ids, a, m, b, NULL, 1, p, 1, bad_trials[i], NULL, 0, out, &error));
        ck_assert(g_error_matches(error, YP_ERROR, YP_ERROR_LIMIT));
    }
    /* 1,000,000 trials of 1,000 activities and their links is more work
     * than one call may do; the limit is met before any trial runs. */
    g_autoptr(YpRiskModel) big = random_model(1000, 3);
    g_autoptr(GError) error = NULL;
    ck_assert(yp_risk_simulate(big, 1000000, YP_RISK_SEED, FALSE, 0, &error) == NULL);
    ck_assert(g_error_matches(error, YP_ERROR, YP_ERROR_LIMIT));
    g_clear_error(&error);
    const double p[] = { 0.5 };
    g_autoptr(YpCalendar) cal = yp_calendar_new(YP_WEEKEND_DEFAULT, NULL, 0, NULL);
    ck_assert(!yp_risk_sra(ids, a, m, b, NULL, 1, p, 1, 1000, cal, 1, out, &error));
    ck_assert(g_error_matches(error, YP_ERROR, YP_ERROR_INVALID));
}
END_TEST

START_TEST(test_blank_rows)
{
    /* Blank rows, in the middle and at the end, are no activities and
     * give blank results. */
    const char *ids[] = { "A", NULL, "B", "", "  " };
    const char *preds[] = { NULL, NULL, "A", "", NULL };
    const double a[] = { 1, NAN, 2, NAN, NAN };
    double out[5];
    g_autoptr(GError) error = NULL;
    ck_assert(yp_risk_criticality(ids, a, a, a, preds, 5, 100, out, &error));
    ck_assert_double_eq(out[0], 1);
    ck_assert(isnan(out[1]));
    ck_assert_double_eq(out[2], 1);
    ck_assert(isnan(out[3]) && isnan(out[4]));
}
END_TEST

static Suite *risk_suite(void)
{
    Suite *s = suite_create("risk");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, test_reference_closed_forms);
    tcase_add_test(tc, test_reference_moments);
    tcase_add_test(tc, test_normal);
    tcase_add_test(tc, test_gamma);
    tcase_add_test(tc, test_single_activity);
    tcase_add_test(tc, test_rounding);
    tcase_add_test(tc, test_chain);
    tcase_add_test(tc, test_chain_analytic);
    tcase_add_test(tc, test_parallel);
    tcase_add_test(tc, test_fixed_network);
    tcase_add_test(tc, test_criticality);
    tcase_add_test(tc, test_percentile_estimator);
    tcase_add_test(tc, test_sra_durations_and_dates);
    tcase_add_test(tc, test_reproducible);
    tcase_add_test(tc, test_logic_keeps_samples);
    tcase_add_test(tc, test_bad_tables);
    tcase_add_test(tc, test_bad_arguments);
    tcase_add_test(tc, test_blank_rows);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return yp_test_run(risk_suite());
}
