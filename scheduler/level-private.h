/* SPDX-License-Identifier: MPL-2.0 */
/*
 * Internals of the levelling module shared by level.c, level-sgs.c and
 * level-profile.c. Not installed, not used by other modules.
 */
#pragma once

#include <glib.h>

#include "scheduler/level.h"

G_BEGIN_DECLS

/* Direction of a schedule generation pass. Backward passes schedule the
 * reversed project: activity i starts at R_i = M - S_i - d_i. */
enum { YP_LEVEL_FORWARD = 0, YP_LEVEL_BACKWARD = 1 };

/*
 * The validated problem in flat arrays. For each direction, CSR lists of
 * predecessors (with the lag of that direction) and successors. A forward
 * link S_j >= S_i + delta becomes, in reversed time, R_i >= R_j + delta'
 * with delta' = delta + d_j - d_i (substitute R = M - S - d).
 */
typedef struct {
    int n;
    int n_res;
    int *dur;     /* n */
    int *cap;     /* n_res */
    int *req_off; /* n + 1: positive demands of activities with d > 0 */
    int *req_res;
    int *req_amt;
    int *pred_off[2]; /* n + 1 */
    int *pred_idx[2];
    int *pred_lag[2];
    int *succ_off[2]; /* n + 1 */
    int *succ_idx[2];
    int *topo;   /* n: a topological order of the forward links */
    int horizon; /* no serial schedule is longer (docs/levelling.md) */
} YpLevelNet;

void yp_level_net_free(YpLevelNet *net);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(YpLevelNet, yp_level_net_free)

/* Validates @problem (limits first, before any allocation that grows with
 * the input) and builds the net; NULL with a YP_ERROR on bad input. */
YpLevelNet *yp_level_net_new(const YpLevelProblem *problem, guint effort, GError **error);

/* Earliest starts in direction @dir from the links alone (S >= 0). */
void yp_level_net_early_starts(const YpLevelNet *net, int dir, int *es);

/*
 * Resource profile: the free capacity as a step function of time, kept as
 * sorted breakpoints in flat arrays. Segment s covers [time[s], time[s+1])
 * (the last one runs to infinity with full capacity) and has free[s * R + k]
 * units of resource k. A serial schedule adds at most two breakpoints per
 * activity, so 2n + 1 segments always suffice.
 */
typedef struct {
    int n_res;
    int n_seg;
    int max_seg;
    int *time;
    int *free;
    const int *cap;
    guint64 steps; /* segments visited or moved: the work measure */
} YpLevelProfile;

void yp_level_profile_init(YpLevelProfile *p, int n_res, const int *cap, int max_seg);
void yp_level_profile_clear(YpLevelProfile *p);
void yp_level_profile_release(YpLevelProfile *p);
/* Books @d units of time at the earliest t >= @t0 at which [t, t + d) has
 * the requested units free, and returns t. */
int yp_level_profile_place(YpLevelProfile *p, int t0, int d, const int *res, const int *amt,
                           int n_req);

/* Serial schedule generation in direction @dir: activities in @list order
 * (which must respect the links of that direction), each at its earliest
 * precedence- and resource-feasible time. Fills @start (times of that
 * direction) and returns the makespan. */
int yp_level_sgs(const YpLevelNet *net, int dir, const int *list, int *start, YpLevelProfile *prof);

/* Work arrays for yp_level_order() and yp_level_repair(), sized for n
 * activities by yp_level_order_work_init(). */
typedef struct {
    int n;
    int *seq;        /* n */
    int *iter;       /* n */
    int *stack;      /* n */
    int *placed;     /* n */
    int *count;      /* 4n + 17: counting-sort buckets */
    guint64 *packed; /* n: comparison-sort keys */
} YpLevelOrderWork;

void yp_level_order_work_init(YpLevelOrderWork *w, int n);
void yp_level_order_work_release(YpLevelOrderWork *w);

/* The activity list of direction @dir that follows @key (ascending, ties
 * by index) as closely as the links allow: sorted by key, then repaired
 * by yp_level_repair(). Keys must be >= 0. */
void yp_level_order(const YpLevelNet *net, int dir, const int *key, int *list,
                    YpLevelOrderWork *work);

/* Turns the sequence @seq (a permutation of the activities) into a list
 * that respects the links of direction @dir: each activity comes after
 * its predecessors, which are pulled forward (depth first) when @seq has
 * them later. O(n + links). @seq and @list must not overlap. */
void yp_level_repair(const YpLevelNet *net, int dir, const int *seq, int *list,
                     YpLevelOrderWork *work);

/* Converts times of one direction into the other for a schedule of
 * makespan @makespan: out_i = makespan - in_i - d_i. */
void yp_level_mirror(const YpLevelNet *net, const int *in, int makespan, int *out);

G_END_DECLS
