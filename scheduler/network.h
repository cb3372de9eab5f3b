/* SPDX-License-Identifier: MPL-2.0 */
/* The activity network: activities with whole-day durations, precedence
 * links of the four types with lags, parsed once from a table of IDs,
 * durations and predecessor texts into flat arrays (CSR adjacency and a
 * topological order) that the scheduling modules read directly. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Limits (docs/limits.md, "Activity network"). Each is checked with
 * YP_ERROR_LIMIT before anything of that size is allocated. */
#define YP_NETWORK_MAX_ROWS     1048576u /* rows of the input range: a whole Calc column */
#define YP_NETWORK_MAX_LINKS    8388608u /* links in the whole network */
#define YP_NETWORK_MAX_TEXT     65536u   /* bytes of one predecessor text */
#define YP_NETWORK_MAX_ID       1024u    /* bytes of one ID (UTF-8, after trimming) */
#define YP_NETWORK_MAX_DURATION 100000   /* working days of one activity */
#define YP_NETWORK_MAX_LAG      100000   /* working days, magnitude of one lag */
/* The sum of all durations plus all positive lags. Every start and finish
 * time lies within 0..this sum, so the passes compute in 32-bit integers. */
#define YP_NETWORK_MAX_SPAN 1073741824

/**
 * YpLinkType:
 * The four precedence relations. The value is a bit set: bit 0
 * (YP_LINK_FROM_FINISH) says the link leaves from the predecessor's finish,
 * bit 1 (YP_LINK_TO_FINISH) that it arrives at the successor's finish, so
 * code can turn any link into a start-to-start lag without branching
 * (see yp_link_ss_lag()).
 */
typedef enum {
    YP_LINK_SS = 0, /* ES(s) >= ES(p) + lag */
    YP_LINK_FS = 1, /* ES(s) >= EF(p) + lag */
    YP_LINK_SF = 2, /* EF(s) >= ES(p) + lag */
    YP_LINK_FF = 3, /* EF(s) >= EF(p) + lag */
} YpLinkType;

#define YP_LINK_FROM_FINISH 1u
#define YP_LINK_TO_FINISH   2u

/**
 * YpLink:
 * One end of a precedence link as stored in a CSR list. In a predecessor
 * list (YpNetwork.pred) @activity is the predecessor; in a successor list
 * (YpNetwork.succ) it is the successor. @lag is in working days and may be
 * negative; @type is a YpLinkType.
 */
typedef struct {
    guint32 activity;
    gint32 lag;
    guint32 type;
} YpLink;

/**
 * yp_link_ss_lag:
 * The link from p to s as a start-to-start minimal time lag:
 * ES(s) >= ES(p) + yp_link_ss_lag(). Since EF = ES + d, a link leaving from
 * p's finish adds d(p) and one arriving at s's finish subtracts d(s)
 * (the standard transformation of precedence diagrams into start-to-start
 * time lags: Neumann, Schwindt and Zimmermann, "Project Scheduling with
 * Time Windows and Scarce Resources", Springer, 2nd ed. 2003, ch. 1).
 * The same lag bounds the backward pass: LS(p) <= LS(s) - yp_link_ss_lag().
 */
static inline gint32 yp_link_ss_lag(const YpLink *link, gint32 d_pred, gint32 d_succ)
{
    return link->lag + ((link->type & YP_LINK_FROM_FINISH) ? d_pred : 0) -
           ((link->type & YP_LINK_TO_FINISH) ? d_succ : 0);
}

/**
 * YpNetwork:
 * A parsed, validated, acyclic activity network. Activities are the
 * non-blank rows of the input, numbered in a topological order: every link
 * goes from a lower to a higher number, so a loop over 0..n_activities-1
 * visits each predecessor before its successors. When the rows already list
 * every predecessor above its successors the numbering is the row order;
 * otherwise it is the order of Kahn's algorithm with a FIFO queue seeded in
 * row order. @row maps each activity back to its input row. Every array is
 * owned by the network and read-only for its users.
 *
 * @n_rows: rows of the input range, blank ones included.
 * @n_activities: activities (non-blank rows).
 * @n_links: links; each appears once in @pred and once in @succ.
 * @row: [n_activities] the 0-based input row of each activity.
 * @duration: [n_activities] working days, 0..YP_NETWORK_MAX_DURATION
 *   (all 0 when the network was parsed without durations).
 * @pred_start, @pred: CSR predecessor lists: the links into activity a are
 *   pred[pred_start[a] .. pred_start[a+1]-1], in the order of a's text;
 *   every pred[k].activity < a.
 * @succ_start, @succ: CSR successor lists: the links out of activity a are
 *   succ[succ_start[a] .. succ_start[a+1]-1], by ascending successor;
 *   every succ[k].activity > a.
 * @topo: [n_activities] the topological order, which given the numbering
 *   is 0, 1, ..., n_activities-1; kept so that code may say what it means.
 * @positive_lag_sum: the sum of the positive lags; together with the sum
 *   of durations it must stay within YP_NETWORK_MAX_SPAN (a caller passing
 *   its own durations to the passes checks this once).
 */
typedef struct {
    gsize n_rows;
    guint32 n_activities;
    guint32 n_links;
    guint32 *row;
    gint32 *duration;
    guint32 *pred_start;
    YpLink *pred;
    guint32 *succ_start;
    YpLink *succ;
    guint32 *topo;
    gint64 positive_lag_sum;
    /* private: trimmed IDs as written, NUL-terminated, in one pool */
    char *id_pool;
    guint32 *id_offset;
} YpNetwork;

/**
 * yp_network_parse:
 * @ids: [n_rows] UTF-8 IDs (numbers already as their shortest decimal
 *   text); NULL or "" for an empty cell. Trimmed, compared case-insensitively.
 * @durations: (nullable): [n_rows] durations in working days, NaN for an
 *   empty cell. NULL parses the links alone (durations all 0): the caller
 *   validates its own duration columns.
 * @predecessors: (nullable): [n_rows] predecessor texts (docs/scheduling.md),
 *   NULL or "" for none; NULL as a whole means no links.
 * @n_rows: rows of the input range.
 *
 * Reads the activity table, resolves every predecessor once, and sorts the
 * network topologically. A row whose ID, duration and predecessors are all
 * empty is blank: it is no activity and gives a blank result row. The
 * first problem in row order is reported in one sentence naming its row:
 * YP_ERROR_INVALID (missing or duplicate ID, bad duration, unparsable link,
 * unknown predecessor, repeated link), YP_ERROR_CYCLE (the activities of a
 * dependency cycle, in order), YP_ERROR_LIMIT (a limit above). Time and
 * memory are linear in the rows plus the text length. The inputs stay
 * owned by the caller.
 *
 * Returns: (transfer full): the network, or NULL with @error set.
 */
YpNetwork *yp_network_parse(const char *const *ids, const double *durations,
                            const char *const *predecessors, gsize n_rows, GError **error);

/**
 * yp_network_check:
 * What YARD.CHECK shows: "OK" when yp_network_parse() accepts the table,
 * else the sentence naming its first problem. Same arguments.
 * Returns: (transfer full): a newly allocated string; g_free() it.
 */
char *yp_network_check(const char *const *ids, const double *durations,
                       const char *const *predecessors, gsize n_rows);

/**
 * yp_network_id:
 * The ID of @activity as written (trimmed). Owned by the network.
 */
const char *yp_network_id(const YpNetwork *network, guint32 activity);

/**
 * yp_network_free:
 * Frees the network and all its arrays; NULL is allowed.
 */
void yp_network_free(YpNetwork *network);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(YpNetwork, yp_network_free)

G_END_DECLS
