/* SPDX-License-Identifier: MPL-2.0 */
/*
 * The metaheuristic of the levelling module: a genetic algorithm over
 * activity lists with two populations, one of left-justified and one of
 * right-justified schedules, so that every schedule generation pass both
 * recombines and justifies (docs/levelling.md has the method, the sources
 * and the reasons for each constant).
 */
#include <math.h>
#include <string.h>

#include "scheduler/error.h"
#include "scheduler/level-private.h"
#include "scheduler/rng.h"

/* Individuals per population at the default effort; scaled with the
 * square root of the effort and shrunk linearly to a tenth over the run. */
#define POP_AT_DEFAULT 200.0
#define POP_MIN        4
#define POP_MAX        1000
#define POP_SHRINK     10
/* Probability of swapping each pair of unlinked neighbours in a child. */
#define SWAP_RATE 0.05
/* Random father blocks compared by density in the peak crossover. */
#define PEAK_TRIES 3
/* Work bound: profile steps per activity and schedule (typical: 10-25). */
#define STEPS_PER_PLACEMENT 64u

void yp_level_options_init(YpLevelOptions *options)
{
    g_return_if_fail(options != NULL);
    options->effort = YP_LEVEL_DEFAULT_EFFORT;
    options->seed = YP_LEVEL_DEFAULT_SEED;
}

gint yp_level_link_delta(YpLevelLinkType type, gint lag, gint duration_from, gint duration_to)
{
    switch (type) {
    case YP_LEVEL_FS:
        return duration_from + lag;
    case YP_LEVEL_SS:
        return lag;
    case YP_LEVEL_FF:
        return duration_from - duration_to + lag;
    case YP_LEVEL_SF:
        return lag - duration_to;
    }
    g_return_val_if_reached(lag);
}

gboolean yp_level_early_starts(const YpLevelProblem *problem, gint *starts, GError **error)
{
    g_return_val_if_fail(problem != NULL, FALSE);
    g_return_val_if_fail(starts != NULL || problem->n_activities == 0, FALSE);
    g_autoptr(YpLevelNet) net = yp_level_net_new(problem, 1, error);
    if (net == NULL)
        return FALSE;
    yp_level_net_early_starts(net, YP_LEVEL_FORWARD, starts);
    return TRUE;
}

/* ---- the genetic algorithm ---- */

typedef struct {
    int *start; /* the schedule in forward time */
    int *list;  /* its activity list for a pass in the other direction */
    int makespan;
    guint64 hash;
} Indiv;

typedef struct {
    const YpLevelNet *net;
    YpLevelProfile prof;
    YpLevelOrderWork ow;
    YpRng rng;
    guint effort;
    guint used;
    guint64 max_steps;
    gboolean capped;
    int pop_start;
    int pop_end;
    int cap;       /* current population size limit */
    Indiv *pop[2]; /* pop[d]: schedules made by passes in direction d */
    int size[2];
    int *dir_start; /* the last pass, in its own direction's time */
    int *fwd_start; /* the last pass, in forward time */
    int *key;
    int *child;
    int *mark;
    int *lft;
    int *elig;
    int *indeg;
    double *work;
    int *best_start;
    int best_makespan;
    int best_dir;
} Ga;

static gboolean budget_left(Ga *ga, guint reserve)
{
    if (ga->used + reserve >= ga->effort)
        return FALSE;
    if (ga->prof.steps >= ga->max_steps) {
        ga->capped = TRUE;
        return FALSE;
    }
    return TRUE;
}

/* FNV-1a over the start times: identifies duplicate schedules. */
static guint64 hash_starts(const int *s, int n)
{
    guint64 h = G_GUINT64_CONSTANT(0xcbf29ce484222325);
    for (int i = 0; i < n; i++) {
        h ^= (guint64)(guint32)s[i];
        h *= G_GUINT64_CONSTANT(0x100000001b3);
    }
    return h;
}

/* One schedule generation pass in direction @dir: leaves the schedule in
 * ga->fwd_start (forward time), counts it, and returns its makespan. */
static int pass(Ga *ga, int dir, const int *list)
{
    const YpLevelNet *net = ga->net;
    int ms = yp_level_sgs(net, dir, list, ga->dir_start, &ga->prof);
    if (dir == YP_LEVEL_FORWARD)
        memcpy(ga->fwd_start, ga->dir_start, sizeof(int) * (gsize)net->n);
    else
        yp_level_mirror(net, ga->dir_start, ms, ga->fwd_start);
    ga->used++;
    if (ms < ga->best_makespan) {
        ga->best_makespan = ms;
        ga->best_dir = dir;
        memcpy(ga->best_start, ga->fwd_start, sizeof(int) * (gsize)net->n);
    }
    return ms;
}

/* The list that replays forward-time schedule @s in a pass of direction
 * @dir: by start time for a forward pass, by finish time (latest first)
 * for a backward one. A pass over it never lengthens the schedule when
 * the lags are finish-to-start (Li and Willis 1992; Valls et al. 2005). */
static void list_from_schedule(Ga *ga, int dir, const int *s, int makespan, int *list)
{
    const YpLevelNet *net = ga->net;
    if (dir == YP_LEVEL_FORWARD) {
        yp_level_order(net, dir, s, list, &ga->ow);
    } else {
        yp_level_mirror(net, s, makespan, ga->key);
        yp_level_order(net, dir, ga->key, list, &ga->ow);
    }
}

/* Offers the last pass (made in direction @p) to population @p: it
 * replaces the worst member unless it is worse still or a duplicate. */
static void offer(Ga *ga, int p, int makespan)
{
    const int n = ga->net->n;
    guint64 h = hash_starts(ga->fwd_start, n);
    Indiv *pop = ga->pop[p];
    int worst = 0;
    for (int i = 0; i < ga->size[p]; i++) {
        if (pop[i].hash == h && pop[i].makespan == makespan)
            return;
        if (pop[i].makespan >= pop[worst].makespan)
            worst = i;
    }
    int slot;
    if (ga->size[p] < ga->cap) {
        slot = ga->size[p]++;
    } else {
        if (makespan > pop[worst].makespan)
            return;
        slot = worst;
    }
    Indiv *ind = &pop[slot];
    memcpy(ind->start, ga->fwd_start, sizeof(int) * (gsize)n);
    ind->makespan = makespan;
    ind->hash = h;
    list_from_schedule(ga, 1 - p, ind->start, makespan, ind->list);
}

/* Drops the worst members until both populations fit ga->cap. */
static void shrink(Ga *ga)
{
    for (int p = 0; p < 2; p++) {
        Indiv *pop = ga->pop[p];
        while (ga->size[p] > ga->cap) {
            int worst = 0;
            for (int i = 1; i < ga->size[p]; i++)
                if (pop[i].makespan >= pop[worst].makespan)
                    worst = i;
            Indiv t = pop[worst];
            pop[worst] = pop[ga->size[p] - 1];
            pop[ga->size[p] - 1] = t;
            ga->size[p]--;
        }
    }
}

/* Regret-based biased random sampling with the latest-finish-time rule
 * (Drexl 1991; Kolisch 1996): an eligible activity is drawn with weight
 * (max LFT over the eligible set - its LFT + 1). With @greedy the plain
 * LFT rule, ties by row. */
static void sample_list(Ga *ga, int *list, gboolean greedy)
{
    const YpLevelNet *net = ga->net;
    const int n = net->n;
    const int *po = net->pred_off[0], *so = net->succ_off[0], *si = net->succ_idx[0];
    int n_elig = 0;
    for (int j = 0; j < n; j++) {
        ga->indeg[j] = po[j + 1] - po[j];
        if (ga->indeg[j] == 0)
            ga->elig[n_elig++] = j;
    }
    for (int k = 0; k < n; k++) {
        int pick = 0;
        if (greedy) {
            for (int e = 1; e < n_elig; e++) {
                int a = ga->elig[e], b = ga->elig[pick];
                if (ga->lft[a] < ga->lft[b] || (ga->lft[a] == ga->lft[b] && a < b))
                    pick = e;
            }
        } else {
            int worst = ga->lft[ga->elig[0]];
            for (int e = 1; e < n_elig; e++)
                worst = MAX(worst, ga->lft[ga->elig[e]]);
            guint64 total = 0;
            for (int e = 0; e < n_elig; e++)
                total += (guint64)(worst - ga->lft[ga->elig[e]] + 1);
            guint64 r = yp_rng_below(&ga->rng, total);
            for (pick = 0; pick < n_elig - 1; pick++) {
                guint64 w = (guint64)(worst - ga->lft[ga->elig[pick]] + 1);
                if (r < w)
                    break;
                r -= w;
            }
        }
        ga->prof.steps += (guint64)n_elig;
        int j = ga->elig[pick];
        ga->elig[pick] = ga->elig[--n_elig];
        list[k] = j;
        for (int e = so[j]; e < so[j + 1]; e++)
            if (--ga->indeg[si[e]] == 0)
                ga->elig[n_elig++] = si[e];
    }
}

/* Binary tournament on makespan. */
static int tournament(Ga *ga, int p)
{
    int a = (int)yp_rng_below(&ga->rng, (guint64)ga->size[p]);
    int b = (int)yp_rng_below(&ga->rng, (guint64)ga->size[p]);
    return ga->pop[p][b].makespan < ga->pop[p][a].makespan ? b : a;
}

/*
 * Peak crossover, after Valls, Ballestin and Quintanilla (2008): the child
 * keeps a block of consecutive father's activities in place and in order,
 * the block chosen among PEAK_TRIES random ones as the densest (resource
 * work per day of the father's schedule), since densely packed stretches
 * are what makes a schedule short; the mother's order fills the other
 * positions. The sequence is then repaired to respect the links.
 */
static void crossover(Ga *ga, int dir, const Indiv *father, const int *mother, int *child)
{
    const YpLevelNet *net = ga->net;
    const int n = net->n;
    const int *fl = father->list;
    int q1 = 0, q2 = 0;
    double best_density = -1.0;
    for (int tries = 0; tries < PEAK_TRIES; tries++) {
        int a = (int)yp_rng_below(&ga->rng, (guint64)n + 1);
        int b = (int)yp_rng_below(&ga->rng, (guint64)n + 1);
        if (a > b) {
            int t = a;
            a = b;
            b = t;
        }
        double work = 0.0;
        int lo = G_MAXINT, hi = G_MININT;
        for (int k = a; k < b; k++) {
            int j = fl[k];
            /* father's times in the direction of its list */
            int st = dir == YP_LEVEL_FORWARD ? father->start[j]
                                             : father->makespan - father->start[j] - net->dur[j];
            lo = MIN(lo, st);
            hi = MAX(hi, st + net->dur[j]);
            work += ga->work[j];
        }
        double density = hi > lo ? work / (double)(hi - lo) : 0.0;
        if (density > best_density) {
            best_density = density;
            q1 = a;
            q2 = b;
        }
    }
    int *seq = ga->key;
    memset(ga->mark, 0, sizeof(int) * (gsize)n);
    for (int k = q1; k < q2; k++) {
        ga->mark[fl[k]] = 1;
        seq[k] = fl[k];
    }
    int k = 0;
    for (int i = 0; i < n; i++) {
        int j = mother[i];
        if (ga->mark[j])
            continue;
        if (k == q1)
            k = q2;
        seq[k++] = j;
    }
    yp_level_repair(net, dir, seq, child, &ga->ow);
}

/* Swap mutation (Hartmann 1998): each pair of neighbours is swapped with
 * probability SWAP_RATE unless a link joins them (neighbours in a
 * precedence-feasible list can only be ordered by a direct link). */
static void swap_mutation(Ga *ga, int dir, int *list)
{
    const YpLevelNet *net = ga->net;
    const int *po = net->pred_off[dir], *pi = net->pred_idx[dir];
    for (int k = 0; k + 1 < net->n; k++) {
        if (yp_rng_double(&ga->rng) >= SWAP_RATE)
            continue;
        int a = list[k], b = list[k + 1];
        gboolean linked = FALSE;
        for (int e = po[b]; e < po[b + 1] && !linked; e++)
            linked = pi[e] == a;
        if (!linked) {
            list[k] = b;
            list[k + 1] = a;
        }
    }
}

/* Shift mutation (Kolisch and Hartmann 2006): one random activity moves
 * to a random position after its last predecessor and before its first
 * successor in the list. */
static void shift_mutation(Ga *ga, int dir, int *list)
{
    const YpLevelNet *net = ga->net;
    const int n = net->n;
    if (n < 2)
        return;
    int *pos = ga->mark;
    for (int k = 0; k < n; k++)
        pos[list[k]] = k;
    int from = (int)yp_rng_below(&ga->rng, (guint64)n);
    int a = list[from];
    int lo = 0, hi = n - 1;
    for (int e = net->pred_off[dir][a]; e < net->pred_off[dir][a + 1]; e++)
        lo = MAX(lo, pos[net->pred_idx[dir][e]] + 1);
    for (int e = net->succ_off[dir][a]; e < net->succ_off[dir][a + 1]; e++)
        hi = MIN(hi, pos[net->succ_idx[dir][e]] - 1);
    int to = lo + (int)yp_rng_below(&ga->rng, (guint64)(hi - lo + 1));
    if (to < from)
        memmove(list + to + 1, list + to, sizeof(int) * (gsize)(from - to));
    else if (to > from)
        memmove(list + from, list + from + 1, sizeof(int) * (gsize)(to - from));
    list[to] = a;
}

/* Forward-backward improvement (Tormos and Lova 2001) of a new best
 * schedule, made by a pass in direction @dir and held in ga->fwd_start:
 * passes alternate direction while they shorten it. */
static void improve(Ga *ga, int dir, int makespan)
{
    while (budget_left(ga, 1)) {
        int next = 1 - dir;
        list_from_schedule(ga, next, ga->fwd_start, makespan, ga->child);
        int ms = pass(ga, next, ga->child);
        offer(ga, next, ms);
        if (ms >= makespan)
            return;
        makespan = ms;
        dir = next;
    }
}

static void ga_init(Ga *ga, const YpLevelNet *net, const YpLevelOptions *opt)
{
    const int n = net->n;
    const gsize sz = (gsize)MAX(n, 1);
    ga->net = net;
    ga->effort = opt->effort;
    ga->max_steps = (guint64)opt->effort * (guint64)(n + 1) * STEPS_PER_PLACEMENT;
    double pop = POP_AT_DEFAULT * sqrt((double)opt->effort / YP_LEVEL_DEFAULT_EFFORT);
    ga->pop_start = CLAMP((int)(pop + 0.5), POP_MIN, POP_MAX);
    ga->pop_end = MAX(2, ga->pop_start / POP_SHRINK);
    ga->cap = ga->pop_start;
    yp_rng_init(&ga->rng, opt->seed);
    yp_level_profile_init(&ga->prof, net->n_res, net->cap, 2 * n + 1);
    yp_level_order_work_init(&ga->ow, n);
    ga->dir_start = g_new(int, sz);
    ga->fwd_start = g_new(int, sz);
    ga->key = g_new(int, sz);
    ga->child = g_new(int, sz);
    ga->mark = g_new(int, sz);
    ga->lft = g_new(int, sz);
    ga->elig = g_new(int, sz);
    ga->indeg = g_new(int, sz);
    ga->work = g_new0(double, sz);
    ga->best_start = g_new(int, sz);
    ga->best_makespan = G_MAXINT;
    for (int p = 0; p < 2; p++) {
        ga->pop[p] = g_new0(Indiv, ga->pop_start);
        for (int i = 0; i < ga->pop_start; i++) {
            ga->pop[p][i].start = g_new(int, sz);
            ga->pop[p][i].list = g_new(int, sz);
        }
    }
    /* Work of each activity in resource-days relative to capacity, the
     * density measure of the crossover. */
    for (int j = 0; j < n; j++)
        for (int e = net->req_off[j]; e < net->req_off[j + 1]; e++)
            ga->work[j] += (double)net->dur[j] * net->req_amt[e] / net->cap[net->req_res[e]];
}

static void ga_clear(Ga *ga)
{
    for (int p = 0; p < 2; p++) {
        for (int i = 0; i < ga->pop_start; i++) {
            g_free(ga->pop[p][i].start);
            g_free(ga->pop[p][i].list);
        }
        g_free(ga->pop[p]);
    }
    yp_level_profile_release(&ga->prof);
    yp_level_order_work_release(&ga->ow);
    g_free(ga->dir_start);
    g_free(ga->fwd_start);
    g_free(ga->key);
    g_free(ga->child);
    g_free(ga->mark);
    g_free(ga->lft);
    g_free(ga->elig);
    g_free(ga->indeg);
    g_free(ga->work);
    g_free(ga->best_start);
}

static void run(const YpLevelNet *net, const YpLevelOptions *opt, int *starts, YpLevelStats *st)
{
    const int n = net->n;
    Ga ga_storage = { 0 };
    Ga *ga = &ga_storage;
    ga_init(ga, net, opt);

    /* Latest finish times from the backward early starts (the priority
     * rule of the initial lists) and the critical-path bound. */
    yp_level_net_early_starts(net, YP_LEVEL_FORWARD, ga->key);
    int cp = 0;
    for (int j = 0; j < n; j++)
        cp = MAX(cp, ga->key[j] + net->dur[j]);
    yp_level_net_early_starts(net, YP_LEVEL_BACKWARD, ga->lft);
    for (int j = 0; j < n; j++)
        ga->lft[j] = cp - ga->lft[j];

    /* One pass is kept back to left-justify a best schedule that a
     * backward pass made. */
    const guint reserve = opt->effort >= 2 ? 1 : 0;

    /* Initial populations: sampled lists scheduled forward, each then
     * justified backward. The first list is the plain LFT rule. */
    for (int i = 0; i < ga->pop_start && budget_left(ga, reserve); i++) {
        sample_list(ga, ga->child, i == 0);
        int ms = pass(ga, YP_LEVEL_FORWARD, ga->child);
        offer(ga, YP_LEVEL_FORWARD, ms);
        if (!budget_left(ga, reserve))
            break;
        list_from_schedule(ga, YP_LEVEL_BACKWARD, ga->fwd_start, ms, ga->child);
        ms = pass(ga, YP_LEVEL_BACKWARD, ga->child);
        offer(ga, YP_LEVEL_BACKWARD, ms);
    }

    /* Generations alternate direction: parents from the right-justified
     * population make a left-justified child by a forward pass, and the
     * other way round, so each pass also justifies what it recombines
     * (Debels and Vanhoucke 2007). The population limit shrinks linearly
     * from pop_start to pop_end (Tanabe and Fukunaga 2014). */
    const guint first = ga->used;
    int src = YP_LEVEL_BACKWARD;
    while (budget_left(ga, reserve) && ga->size[0] > 0 && ga->size[1] > 0) {
        double done = (double)(ga->used - first) / (double)MAX(ga->effort - first, 1u);
        ga->cap = (int)(ga->pop_start + (ga->pop_end - ga->pop_start) * done + 0.5);
        shrink(ga);
        const int dir = 1 - src;
        const Indiv *father = &ga->pop[src][tournament(ga, src)];
        const Indiv *mother = &ga->pop[src][tournament(ga, src)];
        crossover(ga, dir, father, mother->list, ga->child);
        swap_mutation(ga, dir, ga->child);
        shift_mutation(ga, dir, ga->child);
        int before = ga->best_makespan;
        int ms = pass(ga, dir, ga->child);
        offer(ga, dir, ms);
        if (ms < before)
            improve(ga, dir, ms);
        src = 1 - src;
    }

    /* Hand back a left-justified schedule: every activity as early as the
     * chosen sequence allows. */
    if (ga->best_dir == YP_LEVEL_BACKWARD && ga->used < ga->effort) {
        int best = ga->best_makespan;
        list_from_schedule(ga, YP_LEVEL_FORWARD, ga->best_start, best, ga->child);
        int ms = yp_level_sgs(net, YP_LEVEL_FORWARD, ga->child, ga->dir_start, &ga->prof);
        ga->used++;
        if (ms <= best) {
            ga->best_makespan = ms;
            memcpy(ga->best_start, ga->dir_start, sizeof(int) * (gsize)n);
        }
    }

    memcpy(starts, ga->best_start, sizeof(int) * (gsize)n);
    if (st) {
        st->makespan = ga->best_makespan;
        st->lower_bound = cp;
        st->schedules = ga->used;
        st->work_capped = ga->capped;
    }
    ga_clear(ga);
}

gboolean yp_level_schedule(const YpLevelProblem *problem, const YpLevelOptions *options,
                           gint *starts, YpLevelStats *stats, GError **error)
{
    g_return_val_if_fail(problem != NULL, FALSE);
    g_return_val_if_fail(starts != NULL || problem->n_activities == 0, FALSE);
    YpLevelOptions defaults;
    yp_level_options_init(&defaults);
    const YpLevelOptions *opt = options ? options : &defaults;
    g_autoptr(YpLevelNet) net = yp_level_net_new(problem, opt->effort, error);
    if (net == NULL)
        return FALSE;
    if (net->n == 0) {
        if (stats)
            *stats = (YpLevelStats){ 0, 0, 0, FALSE };
        return TRUE;
    }
    run(net, opt, starts, stats);
    return TRUE;
}
