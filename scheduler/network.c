/* SPDX-License-Identifier: MPL-2.0 */
/* Parsing the activity table into a YpNetwork: IDs resolved once through an
 * open-addressing hash table, links written straight into a CSR array that
 * grows within its limit, Kahn's algorithm for the topological order and a
 * renumbering by it (docs/scheduling.md, "For maintainers"). */
#if defined(__linux__) && !defined(_GNU_SOURCE)
#define _GNU_SOURCE /* posix_memalign, madvise */
#endif
#include "scheduler/network.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#if defined(__linux__)
#include <sys/mman.h>
#endif

#include "scheduler/caseless.h"
#include "scheduler/error.h"
#include "scheduler/whole-number.h"

/* Resolving IDs is a chain of cache misses (text, hash slot); requesting
 * the memory of a row a few rows before it is read lets those misses
 * overlap instead of queueing one after another. */
#if defined(__GNUC__) || defined(__clang__)
#define PREFETCH(addr) __builtin_prefetch(addr)
#else
#define PREFETCH(addr) ((void)(addr))
#endif
#define AHEAD     8  /* rows of tokens read ahead of their resolution */
#define FAR_AHEAD 32 /* rows ahead for the cheap passes over IDs and texts */

/* The arrays of a large network are 2 MiB-aligned and marked for
 * transparent huge pages where Linux offers them: the parse touches them
 * at random, and with 2 MiB pages it takes a page fault and a TLB miss
 * where 4 KiB pages would take hundreds (docs/benchmarks.md). Freed with
 * g_free(), which is free(). */
#define BIG_ARRAY ((gsize)2 << 20)

static gpointer big_new(gsize n, gsize size, gboolean zero)
{
    gsize bytes = n * size;
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    if (bytes >= BIG_ARRAY) {
        gsize rounded = (bytes + BIG_ARRAY - 1) & ~(BIG_ARRAY - 1);
        void *p = NULL;
        if (posix_memalign(&p, BIG_ARRAY, rounded) == 0) {
            (void)madvise(p, rounded, MADV_HUGEPAGE);
            if (zero)
                memset(p, 0, bytes);
            return p;
        }
    }
#endif
    return zero ? g_malloc0_n(n, size) : g_malloc_n(n, size);
}

/* Rows with at most this many links are checked for repeated links by
 * comparing them with each other, which touches no shared array. */
#define SMALL_ROW 16

/* ---- text helpers ------------------------------------------------------ */

static gboolean is_sep(char c)
{
    return c == ';' || c == ',';
}

/* Blanks: ASCII white space and the no-break space U+00A0, which pasted
 * text often carries. */
static gsize blank_at(const char *s, gsize i, gsize end)
{
    char c = s[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f')
        return 1;
    if ((guchar)c == 0xC2 && i + 1 < end && (guchar)s[i + 1] == 0xA0)
        return 2;
    return 0;
}

/* Length of the blank ending just before @end (0 if none), not before @begin. */
static gsize blank_before(const char *s, gsize begin, gsize end)
{
    if (end <= begin)
        return 0;
    char c = s[end - 1];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f')
        return 1;
    if ((guchar)c == 0xA0 && end - 1 > begin && (guchar)s[end - 2] == 0xC2)
        return 2;
    return 0;
}

static void trim(const char *s, gsize *begin, gsize *end)
{
    gsize k;
    while (*begin < *end && (k = blank_at(s, *begin, *end)) > 0)
        *begin += k;
    while (*end > *begin && (k = blank_before(s, *begin, *end)) > 0)
        *end -= k;
}

static gsize rskip_blanks(const char *s, gsize begin, gsize end)
{
    gsize k;
    while ((k = blank_before(s, begin, end)) > 0)
        end -= k;
    return end;
}

static gboolean is_ascii(const char *s, gsize len)
{
    for (gsize i = 0; i < len; i++)
        if ((guchar)s[i] >= 0x80)
            return FALSE;
    return TRUE;
}

/* Case-insensitive keys: ASCII is lower-cased in place; other text follows
 * Unicode canonical caseless matching (scheduler/caseless.h). Returns a new
 * string or NULL when @s is not valid UTF-8. */
static char *fold_utf8(const char *s, gsize len)
{
    return yp_caseless_key(s, (gssize)len, G_NORMALIZE_NFD);
}

static inline char lower(char c)
{
    return c >= 'A' && c <= 'Z' ? (char)(c + ('a' - 'A')) : c;
}

/* FNV-1a, 32 bits (Fowler, Noll, Vo; IETF draft-eastlake-fnv), over the
 * folded bytes; ASCII is lower-cased on the fly so tokens need no copy. */
#define FNV_OFFSET 2166136261u
#define FNV_PRIME  16777619u

static guint32 hash_ascii_lower(const char *s, gsize len)
{
    guint32 h = FNV_OFFSET;
    for (gsize i = 0; i < len; i++) {
        h ^= (guchar)lower(s[i]);
        h *= FNV_PRIME;
    }
    return h;
}

/* hash_ascii_lower() and whether the text is ASCII, in one pass. */
static gboolean hash_if_ascii(const char *s, gsize len, guint32 *hash)
{
    guint32 h = FNV_OFFSET;
    guchar seen = 0;
    for (gsize i = 0; i < len; i++) {
        seen |= (guchar)s[i];
        h ^= (guchar)lower(s[i]);
        h *= FNV_PRIME;
    }
    *hash = h;
    return seen < 0x80;
}

static guint32 hash_bytes(const char *s, gsize len)
{
    guint32 h = FNV_OFFSET;
    for (gsize i = 0; i < len; i++) {
        h ^= (guchar)s[i];
        h *= FNV_PRIME;
    }
    return h;
}

/* ---- the ID table ------------------------------------------------------ */

/* Keys up to this many bytes live in the slot itself, so a lookup of a
 * typical ID touches one cache line of the table and nothing else; longer
 * keys are kept in a pool. A 16-byte slot and a table two thirds full keep
 * the table small: its random accesses are what the parse waits for. */
#define INLINE_KEY 8
#define LONG_KEY   0x80000000u /* in Slot.activity1: the key is in the pool */

typedef struct {
    guint32 hash;
    guint32 activity1;    /* activity + 1, 0 for an empty slot, | LONG_KEY */
    char key[INLINE_KEY]; /* the folded key padded with NULs, or its pool offset */
} Slot;

typedef struct {
    Slot *slots;
    guint32 cap;
    GString *pool;        /* long keys, each a guint32 length and the bytes */
    gboolean type_shaped; /* some ID itself reads as ID TYPE */
    gboolean lag_shaped;  /* some ID itself reads as ID TYPE SIGN DIGITS */
} IdTable;

static guint32 slot_index(guint32 hash, guint32 cap)
{
    /* Fibonacci mixing spreads FNV's weak low bits into the high ones, and
     * a multiply-shift maps them onto 0..cap-1 (Lemire, "A fast alternative
     * to the modulo reduction", 2016). */
    guint32 mixed = hash * 2654435769u;
    return (guint32)(((guint64)mixed * cap) >> 32);
}

/* The activity whose folded key equals @key (already folded when !@ascii,
 * raw ASCII compared case-insensitively when @ascii), or -1. */
static gint64 id_lookup(const IdTable *t, const char *key, gsize len, gboolean ascii, guint32 hash)
{
    char pad[INLINE_KEY] = { 0 };
    if (len <= INLINE_KEY)
        for (gsize i = 0; i < len; i++)
            pad[i] = ascii ? lower(key[i]) : key[i];
    for (guint32 i = slot_index(hash, t->cap);; i = i + 1 == t->cap ? 0 : i + 1) {
        const Slot *slot = &t->slots[i];
        if (slot->activity1 == 0)
            return -1;
        if (slot->hash != hash)
            continue;
        gboolean in_pool = (slot->activity1 & LONG_KEY) != 0;
        if (len <= INLINE_KEY) {
            if (!in_pool && memcmp(slot->key, pad, INLINE_KEY) == 0)
                return slot->activity1 - 1;
        } else if (in_pool) {
            guint64 off;
            guint32 klen;
            memcpy(&off, slot->key, sizeof off);
            memcpy(&klen, t->pool->str + off, sizeof klen);
            const char *k = t->pool->str + off + sizeof klen;
            gsize same = 0;
            if (klen != len)
                continue;
            if (ascii)
                while (same < len && k[same] == lower(key[same]))
                    same++;
            else
                same = memcmp(k, key, len) == 0 ? len : 0;
            if (same == len)
                return (slot->activity1 & ~LONG_KEY) - 1;
        }
    }
}

/* Adds the folded key of @activity; returns the activity that already has
 * it, or -1 when it is new. */
static gint64 id_insert(IdTable *t, const char *key, gsize len, guint32 activity)
{
    guint32 hash = hash_bytes(key, len);
    gint64 old = id_lookup(t, key, len, FALSE, hash);
    if (old >= 0)
        return old;
    guint32 i = slot_index(hash, t->cap);
    while (t->slots[i].activity1 != 0)
        i = i + 1 == t->cap ? 0 : i + 1;
    Slot *slot = &t->slots[i];
    slot->hash = hash;
    slot->activity1 = activity + 1;
    if (len <= INLINE_KEY) {
        memset(slot->key, 0, INLINE_KEY);
        memcpy(slot->key, key, len);
    } else {
        guint64 off = t->pool->len;
        guint32 klen = (guint32)len;
        g_string_append_len(t->pool, (const char *)&klen, sizeof klen);
        g_string_append_len(t->pool, key, (gssize)len);
        memcpy(slot->key, &off, sizeof off);
        slot->activity1 |= LONG_KEY;
    }
    return -1;
}

/* Looks up the text @s[0..len) (trimmed, not folded). Sets *@bad_utf8 when
 * the text cannot be folded. */
static gint64 id_find(const IdTable *t, const char *s, gsize len, gboolean *bad_utf8)
{
    if (is_ascii(s, len))
        return id_lookup(t, s, len, TRUE, hash_ascii_lower(s, len));
    g_autofree char *folded = fold_utf8(s, len);
    if (folded == NULL) {
        *bad_utf8 = TRUE;
        return -1;
    }
    gsize flen = strlen(folded);
    return id_lookup(t, folded, flen, FALSE, hash_bytes(folded, flen));
}

/* ---- the predecessor grammar ------------------------------------------- */

static gboolean type_at(const char *s, gsize i, guint32 *type)
{
    char a = lower(s[i]), b = lower(s[i + 1]);
    if (a == 'f' && b == 's')
        *type = YP_LINK_FS;
    else if (a == 's' && b == 's')
        *type = YP_LINK_SS;
    else if (a == 'f' && b == 'f')
        *type = YP_LINK_FF;
    else if (a == 's' && b == 'f')
        *type = YP_LINK_SF;
    else
        return FALSE;
    return TRUE;
}

/* A link written as ID [blanks] TYPE [blanks] SIGN [blanks] DIGITS
 * [blanks] [d], read from the right of the token [b, e). */
typedef struct {
    gsize id_end; /* the ID is [b, id_end), trimmed, non-empty */
    guint32 type;
    gint64 lag; /* saturates above YP_NETWORK_MAX_LAG */
} Suffix;

/* Reads "[blanks] DIGITS [blanks] [d]" ending at @e; returns where the
 * digits begin, or (gsize)-1. */
static gsize read_lag_digits(const char *s, gsize b, gsize e, gint64 *value)
{
    gsize q = e;
    if (q > b && (s[q - 1] == 'd' || s[q - 1] == 'D')) {
        q--;
        q = rskip_blanks(s, b, q);
    }
    gsize digits_end = q;
    while (q > b && g_ascii_isdigit(s[q - 1]))
        q--;
    if (q == digits_end)
        return (gsize)-1;
    gint64 v = 0;
    for (gsize i = q; i < digits_end; i++) {
        v = v * 10 + (s[i] - '0');
        if (v > YP_NETWORK_MAX_LAG)
            v = (gint64)YP_NETWORK_MAX_LAG + 1;
    }
    *value = v;
    return q;
}

/* TYPE just before @q (after skipping blanks) with a non-empty ID before it. */
static gboolean read_type_before(const char *s, gsize b, gsize q, guint32 *type, gsize *id_end)
{
    guint32 t;
    q = rskip_blanks(s, b, q);
    if (q < b + 2 || !type_at(s, q - 2, &t))
        return FALSE;
    gsize ie = rskip_blanks(s, b, q - 2);
    if (ie == b)
        return FALSE;
    *type = t;
    *id_end = ie;
    return TRUE;
}

/* ID TYPE (no lag). */
static gboolean parse_type_only(const char *s, gsize b, gsize e, Suffix *out)
{
    out->lag = 0;
    return read_type_before(s, b, e, &out->type, &out->id_end);
}

/* ID TYPE SIGN DIGITS [d]. */
static gboolean parse_type_lag(const char *s, gsize b, gsize e, Suffix *out)
{
    gint64 v;
    gsize q = read_lag_digits(s, b, e, &v);
    if (q == (gsize)-1)
        return FALSE;
    q = rskip_blanks(s, b, q);
    if (q == b || (s[q - 1] != '+' && s[q - 1] != '-'))
        return FALSE;
    gint64 sign = s[q - 1] == '-' ? -1 : 1;
    if (!read_type_before(s, b, q - 1, &out->type, &out->id_end))
        return FALSE;
    out->lag = sign * v;
    return TRUE;
}

/* ---- the parse --------------------------------------------------------- */

typedef struct {
    const char *const *ids;
    const double *durations;
    const char *const *predecessors;
    gsize n_rows;
    YpNetwork *net;
    IdTable table;
    guint8 *bad_id; /* [n] 1: ID not valid UTF-8 */
    /* [n] repeated-link check, per predecessor: (successor + 1) << 4 of the
     * row being read, or'ed with a bit per link type seen from it. */
    guint32 *stamp;
    gsize first_dup_row;  /* row of the first repeated ID, or n_rows */
    guint32 first_dup_of; /* the activity it repeats */
    /* Tokens of the rows read ahead (see read_ahead()), oldest first from
     * @head, and how many each of those rows has. */
    struct _Token *tokens;
    gsize n_tokens, cap_tokens, head;
    guint32 row_tokens[AHEAD + 1];
    guint32 cap_links; /* room in net->pred */
} Parser;

/* In Parser.row_tokens: the row's text is over YP_NETWORK_MAX_TEXT. */
#define TEXT_TOO_LONG G_MAXUINT32

enum { SHAPE_NONE, SHAPE_TYPE, SHAPE_LAG };

/* A token read ahead of its row: its span, how it reads, and the hash of
 * the ID it most likely names (the whole token, or the part before the
 * type), whose hash slot has been requested. */
typedef struct _Token {
    guint32 b, e, id_end; /* the token, and the end of its ID when shaped */
    gint32 lag;           /* saturated beyond YP_NETWORK_MAX_LAG */
    guint32 hash;
    guint8 type;
    guint8 shape;
    guint8 ascii; /* the likely ID is ASCII, so @hash is valid */
} Token;

static void id_span(const char *id, gsize *b, gsize *e)
{
    *b = 0;
    *e = id == NULL ? 0 : strlen(id);
    if (id != NULL)
        trim(id, b, e);
}

static const char *type_name(guint32 type)
{
    static const char *const names[] = { "SS", "FS", "SF", "FF" };
    return names[type & 3u];
}

/* Counts the non-blank tokens of the predecessor text @s (NULL: none) and
 * sets *@len to its length, reading at most @limit + 1 bytes, so that an
 * oversized text shows as *@len > @limit without being read to its end. */
static gsize scan_text(const char *s, gsize limit, gsize *len)
{
    gsize n = 0, i = 0;
    gboolean content = FALSE;
    if (s != NULL)
        for (; i <= limit && s[i] != '\0'; i++) {
            if (is_sep(s[i])) {
                n += content;
                content = FALSE;
            } else if (!content) {
                /* s[i] is not NUL, so s[i + 1] may be read. */
                gsize k = blank_at(s, i, i + 2);
                if (k == 0)
                    content = TRUE;
                else
                    i += k - 1;
            }
        }
    *len = i;
    return n + content;
}

/* The next non-blank token of @s[0..len) at or after *@pos, as the
 * trimmed span [*b, *e); FALSE at the end. */
static gboolean next_token(const char *s, gsize len, gsize *pos, gsize *b, gsize *e)
{
    while (*pos <= len) {
        gsize i = *pos;
        while (i < len && !is_sep(s[i]))
            i++;
        *b = *pos;
        *e = i;
        *pos = i + 1;
        trim(s, b, e);
        if (*b < *e)
            return TRUE;
    }
    return FALSE;
}

/* Reports why the token [b, e) of row @r resolved to no activity. */
static void unresolved(const Parser *p, gsize r, const char *s, gsize b, gsize e, GError **error)
{
    const char *tok = s + b;
    int tl = (int)(e - b);
    Suffix sx;
    gint64 v;

    if (parse_type_lag(s, b, e, &sx) || parse_type_only(s, b, e, &sx)) {
        g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                    "Row %" G_GSIZE_FORMAT ": the predecessor \"%.*s\" (in \"%.*s\") is not an "
                    "ID in the table.",
                    r + 1, (int)(sx.id_end - b), tok, tl, tok);
        return;
    }
    /* ID TYPE DIGITS without a sign. */
    gsize q = read_lag_digits(s, b, e, &v);
    guint32 type;
    gsize id_end;
    if (q != (gsize)-1 && read_type_before(s, b, q, &type, &id_end)) {
        g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                    "Row %" G_GSIZE_FORMAT ": cannot read the link \"%.*s\": a lag needs its "
                    "sign, as in \"%.*s%s+%.*s\".",
                    r + 1, tl, tok, (int)(id_end - b), tok, type_name(type), (int)(e - q), s + q);
        return;
    }
    /* A sign: either a lag without a type, or a type with a malformed lag. */
    const char *sign = NULL;
    for (gsize i = e; i > b; i--)
        if (s[i - 1] == '+' || s[i - 1] == '-') {
            sign = s + i - 1;
            break;
        }
    /* Of a run of signs ("AFS+-2") the first is the lag's, the rest its
     * malformed digits. */
    while (sign != NULL && sign > s + b) {
        gsize before = rskip_blanks(s, b, (gsize)(sign - s));
        if (before == b || (s[before - 1] != '+' && s[before - 1] != '-'))
            break;
        sign = s + before - 1;
    }
    if (sign != NULL) {
        gsize si = (gsize)(sign - s);
        gboolean typed = read_type_before(s, b, si, &type, &id_end);
        /* After the sign: nothing but "[blanks] DIGITS [blanks] [d]". */
        gsize dq = read_lag_digits(s, si + 1, e, &v);
        gboolean digits = dq != (gsize)-1 && rskip_blanks(s, si + 1, dq) == si + 1;
        if (typed && !digits) {
            g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                        "Row %" G_GSIZE_FORMAT ": cannot read the lag in \"%.*s\": lags are "
                        "whole working days, a sign and digits with an optional d, as in "
                        "\"%.*s%s+2\".",
                        r + 1, tl, tok, (int)(id_end - b), tok, type_name(type));
            return;
        }
        gsize ie = rskip_blanks(s, b, si);
        gboolean bad_utf8 = FALSE;
        /* Suggest the missing type only for an ID that exists. */
        if (!typed && digits && ie > b && id_find(&p->table, s + b, ie - b, &bad_utf8) >= 0) {
            g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                        "Row %" G_GSIZE_FORMAT ": cannot read the link \"%.*s\": a lag needs a "
                        "link type before it, as in \"%.*sFS%.*s\".",
                        r + 1, tl, tok, (int)(ie - b), tok, (int)(e - si), sign);
            return;
        }
    }
    g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                "Row %" G_GSIZE_FORMAT ": the predecessor \"%.*s\" is not an ID in the table.",
                r + 1, tl, tok);
}

/* Resolves token @t of row @r (text @s) into @link. The longest exact ID
 * wins: the whole token, then the token less a type, then the token less a
 * type and lag. */
static gboolean resolve(const Parser *p, gsize r, const char *s, const Token *t, YpLink *link,
                        GError **error)
{
    gsize b = t->b, e = t->e;
    gboolean bad_utf8 = FALSE;
    Suffix sx = { t->id_end, t->type, t->lag };
    /* The two shapes exclude each other: a type ends in S or F, a lag in a
     * digit or d. The whole token can only be an ID of the same shape, so
     * when no ID has that shape its lookup is skipped. */
    gint64 a = -1;
    if (t->shape == SHAPE_NONE)
        a = t->ascii ? id_lookup(&p->table, s + b, e - b, TRUE, t->hash)
                     : id_find(&p->table, s + b, e - b, &bad_utf8);
    else if ((t->shape == SHAPE_LAG && p->table.lag_shaped) ||
             (t->shape == SHAPE_TYPE && p->table.type_shaped))
        a = id_find(&p->table, s + b, e - b, &bad_utf8);
    if (a >= 0 && t->shape != SHAPE_NONE)
        sx = (Suffix){ 0, YP_LINK_FS, 0 };
    if (a < 0 && t->shape != SHAPE_NONE)
        a = t->ascii ? id_lookup(&p->table, s + b, sx.id_end - b, TRUE, t->hash)
                     : id_find(&p->table, s + b, sx.id_end - b, &bad_utf8);
    if (a < 0 && bad_utf8) {
        g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                    "Row %" G_GSIZE_FORMAT ": the predecessor text is not valid UTF-8 text.",
                    r + 1);
        return FALSE;
    }
    if (a < 0) {
        unresolved(p, r, s, b, e, error);
        return FALSE;
    }
    if (sx.lag > YP_NETWORK_MAX_LAG || sx.lag < -YP_NETWORK_MAX_LAG) {
        g_set_error(error, YP_ERROR, YP_ERROR_LIMIT,
                    "Row %" G_GSIZE_FORMAT ": the lag in \"%.*s\" is beyond the limit of "
                    "100,000 working days either way.",
                    r + 1, (int)(e - b), s + b);
        return FALSE;
    }
    link->activity = (guint32)a;
    link->type = sx.type;
    link->lag = (gint32)sx.lag;
    return TRUE;
}

/* Reads the tokens of activity @act (row @r) into the queue and requests
 * the hash slots they will probe, AHEAD rows before they are resolved. */
static void read_ahead(Parser *p, guint32 act, gsize r)
{
    const char *s = p->predecessors != NULL ? p->predecessors[r] : NULL;
    guint32 count = 0;
    /* memchr reads no further than the NUL it finds (C11 7.24.5.1). */
    const char *nul = s != NULL ? memchr(s, '\0', YP_NETWORK_MAX_TEXT + 1) : NULL;
    if (s != NULL && nul == NULL) {
        p->row_tokens[act % (AHEAD + 1)] = TEXT_TOO_LONG;
        return;
    }
    if (s != NULL) {
        gsize len = (gsize)(nul - s), pos = 0, b, e;
        while (next_token(s, len, &pos, &b, &e)) {
            if (p->n_tokens == p->cap_tokens) {
                p->cap_tokens = MAX(256, 2 * p->cap_tokens);
                p->tokens = g_renew(Token, p->tokens, p->cap_tokens);
            }
            Token *t = &p->tokens[p->n_tokens++];
            Suffix sx;
            if (parse_type_lag(s, b, e, &sx)) {
                t->shape = SHAPE_LAG;
            } else if (parse_type_only(s, b, e, &sx)) {
                t->shape = SHAPE_TYPE;
            } else {
                t->shape = SHAPE_NONE;
                sx = (Suffix){ e, YP_LINK_FS, 0 };
            }
            t->b = (guint32)b;
            t->e = (guint32)e;
            t->id_end = (guint32)sx.id_end;
            t->type = (guint8)sx.type;
            t->lag = (gint32)sx.lag;
            t->ascii = hash_if_ascii(s + b, sx.id_end - b, &t->hash);
            if (t->ascii)
                PREFETCH(&p->table.slots[slot_index(t->hash, p->table.cap)]);
            count++;
        }
    }
    p->row_tokens[act % (AHEAD + 1)] = count;
}

/* Doubles the room for links, up to the limit, before it is passed. */
static gboolean grow_links(Parser *p, GError **error)
{
    if (p->cap_links >= YP_NETWORK_MAX_LINKS) {
        g_set_error(error, YP_ERROR, YP_ERROR_LIMIT,
                    "The predecessor texts hold more than 8,388,608 links, the most allowed.");
        return FALSE;
    }
    guint32 cap = MIN(YP_NETWORK_MAX_LINKS, 2 * p->cap_links);
    YpLink *links = big_new(cap, sizeof(YpLink), FALSE);
    memcpy(links, p->net->pred, (gsize)p->cap_links * sizeof(YpLink));
    g_free(p->net->pred);
    p->net->pred = links;
    p->cap_links = cap;
    return TRUE;
}

static void stamp_link(Parser *p, guint32 act, const YpLink *link)
{
    guint32 mine = (act + 1) << 4, q = link->activity;
    if ((p->stamp[q] & ~15u) != mine)
        p->stamp[q] = mine;
    p->stamp[q] |= 1u << link->type;
}

/* Parses the predecessor text of row @r (activity @act) into
 * net->pred[*n_links ...]. */
static gboolean parse_links(Parser *p, gsize r, guint32 act, guint32 *n_links, GError **error)
{
    YpNetwork *net = p->net;
    const char *s = p->predecessors != NULL ? p->predecessors[r] : NULL;
    guint32 count = p->row_tokens[act % (AHEAD + 1)];
    if (count == TEXT_TOO_LONG) {
        g_set_error(error, YP_ERROR, YP_ERROR_LIMIT,
                    "Row %" G_GSIZE_FORMAT ": the predecessor text is longer than the limit of "
                    "65,536 bytes.",
                    r + 1);
        return FALSE;
    }
    const Token *tokens = count > 0 ? p->tokens + p->head : NULL; /* no NULL + 0 */
    p->head += count;
    guint32 first = *n_links;
    for (guint32 i = 0; i < count; i++) {
        YpLink link;
        if (!resolve(p, r, s, &tokens[i], &link, error))
            return FALSE;
        guint32 q = link.activity;
        if (q == act) {
            g_set_error(error, YP_ERROR, YP_ERROR_CYCLE,
                        "Row %" G_GSIZE_FORMAT ": activity %s is its own predecessor, a "
                        "dependency cycle; remove that link.",
                        r + 1, yp_network_id(net, act));
            return FALSE;
        }
        /* Several links between one pair must differ in type. */
        guint32 k = *n_links - first;
        gboolean dup = FALSE;
        if (k < SMALL_ROW) {
            for (guint32 j = first; j < *n_links; j++)
                dup |= net->pred[j].activity == q && net->pred[j].type == link.type;
        } else {
            if (k == SMALL_ROW)
                for (guint32 j = first; j < *n_links; j++)
                    stamp_link(p, act, &net->pred[j]);
            dup = (p->stamp[q] & ~15u) == (act + 1) << 4 && (p->stamp[q] & (1u << link.type));
            stamp_link(p, act, &link);
        }
        if (dup) {
            g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                        "Row %" G_GSIZE_FORMAT ": activity %s lists the %s link from %s twice; "
                        "several links between two activities must differ in type.",
                        r + 1, yp_network_id(net, act), type_name(link.type),
                        yp_network_id(net, q));
            return FALSE;
        }
        if (*n_links == p->cap_links && !grow_links(p, error))
            return FALSE;
        if (link.lag > 0)
            net->positive_lag_sum += link.lag;
        net->pred[(*n_links)++] = link;
    }
    return TRUE;
}

/* Checks row @r (activity @a) in the order a planner would fix it: the ID,
 * the duration, then the predecessors. */
static gboolean check_row(Parser *p, gsize r, guint32 a, guint32 *n_links, gint64 *span,
                          GError **error)
{
    YpNetwork *net = p->net;
    const char *id = yp_network_id(net, a);
    if (id[0] == '\0') {
        g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                    "Row %" G_GSIZE_FORMAT ": the row has a duration or predecessors but no ID.",
                    r + 1);
        return FALSE;
    }
    if (p->bad_id[a]) {
        g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                    "Row %" G_GSIZE_FORMAT ": the ID is not valid UTF-8 text.", r + 1);
        return FALSE;
    }
    if (strpbrk(id, ";,") != NULL) {
        g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                    "Row %" G_GSIZE_FORMAT ": the ID \"%s\" contains ';' or ',', which separate "
                    "predecessors; rename it.",
                    r + 1, id);
        return FALSE;
    }
    if (r == p->first_dup_row) {
        g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                    "Row %" G_GSIZE_FORMAT ": the ID \"%s\" is already used in row %u; IDs "
                    "must be unique (ignoring case and surrounding blanks).",
                    r + 1, id, net->row[p->first_dup_of] + 1);
        return FALSE;
    }
    if (p->durations != NULL) {
        double d = p->durations[r];
        if (isnan(d)) {
            g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                        "Row %" G_GSIZE_FORMAT ": activity %s has no duration; enter 0 for a "
                        "milestone.",
                        r + 1, id);
            return FALSE;
        }
        if (d < 0) {
            g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                        "Row %" G_GSIZE_FORMAT ": activity %s has a negative duration (%.15g); "
                        "durations are whole working days, 0 or more.",
                        r + 1, id, d);
            return FALSE;
        }
        if (d > YP_NETWORK_MAX_DURATION) {
            g_set_error(error, YP_ERROR, YP_ERROR_LIMIT,
                        "Row %" G_GSIZE_FORMAT ": the duration of %s is larger than the limit "
                        "of 100,000 working days.",
                        r + 1, id);
            return FALSE;
        }
        double days;
        if (!yp_whole_number(d, &days)) {
            g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                        "Row %" G_GSIZE_FORMAT ": the duration of %s is %.15g; durations are "
                        "whole working days.",
                        r + 1, id, d);
            return FALSE;
        }
        net->duration[a] = (gint32)days;
        *span += net->duration[a];
    }
    return parse_links(p, r, a, n_links, error);
}

/* Builds the successor lists from the predecessor lists: a counting sort
 * by predecessor, visiting successors in index order. */
static void build_succ(YpNetwork *net)
{
    guint32 n = net->n_activities;
    memset(net->succ_start, 0, (n + 1) * sizeof(guint32));
    for (guint32 k = 0; k < net->n_links; k++)
        net->succ_start[net->pred[k].activity + 1]++;
    for (guint32 a = 0; a < n; a++)
        net->succ_start[a + 1] += net->succ_start[a];
    /* succ_start[a] doubles as the fill cursor, then is shifted back. */
    for (guint32 s = 0; s < n; s++)
        for (guint32 k = net->pred_start[s]; k < net->pred_start[s + 1]; k++) {
            const YpLink *l = &net->pred[k];
            YpLink *out = &net->succ[net->succ_start[l->activity]++];
            out->activity = s;
            out->lag = l->lag;
            out->type = l->type;
        }
    for (guint32 a = n; a > 0; a--)
        net->succ_start[a] = net->succ_start[a - 1];
    net->succ_start[0] = 0;
}

/* Names a dependency cycle among the activities Kahn's algorithm could not
 * order (@indeg > 0): walking back along remaining predecessors from the
 * first of them must repeat an activity, and the walk from that repeat is
 * a cycle. @mark and @path are scratch of n entries. */
static void report_cycle(const YpNetwork *net, const guint32 *indeg, guint32 *mark, guint32 *path,
                         GError **error)
{
    guint32 n = net->n_activities;
    guint32 u = 0;
    while (indeg[u] == 0)
        u++;
    memset(mark, 0, n * sizeof(guint32));
    guint32 len = 0;
    while (mark[u] == 0) {
        path[len++] = u;
        mark[u] = len;
        for (guint32 k = net->pred_start[u]; k < net->pred_start[u + 1]; k++)
            if (indeg[net->pred[k].activity] > 0) {
                u = net->pred[k].activity;
                break;
            }
    }
    /* path[mark[u]-1 .. len-1] walks the cycle backwards. */
    guint32 first = mark[u] - 1, m = len - first;
    guint32 *cyc = path + first;
    for (guint32 i = 0; i < m / 2; i++) {
        guint32 t = cyc[i];
        cyc[i] = cyc[m - 1 - i];
        cyc[m - 1 - i] = t;
    }
    guint32 lowest = 0;
    for (guint32 i = 1; i < m; i++)
        if (cyc[i] < cyc[lowest])
            lowest = i;
    const guint32 shown = 20;
    g_autoptr(GString) text = g_string_new(NULL);
    for (guint32 i = 0; i < m && i < shown; i++)
        g_string_append_printf(text, "%s -> ", yp_network_id(net, cyc[(lowest + i) % m]));
    if (m > shown)
        g_string_append_printf(text, "... (%u more) -> ", m - shown);
    g_string_append(text, yp_network_id(net, cyc[lowest]));
    g_set_error(error, YP_ERROR, YP_ERROR_CYCLE,
                "Row %u: the activities %s form a dependency cycle; remove or reverse one of "
                "these links.",
                net->row[cyc[lowest]] + 1, text->str);
}

/* Kahn's algorithm with a FIFO queue held in net->topo itself. It walks
 * successor numbers kept for it alone in the (still unused) succ buffers. */
static gboolean sort_topologically(YpNetwork *net, guint32 *indeg, guint32 *scratch, GError **error)
{
    guint32 n = net->n_activities, head = 0, tail = 0;
    guint32 *start = net->succ_start;
    guint32 *next = (guint32 *)net->succ; /* 4 of the 12 bytes per link */
    memset(start, 0, (n + 1) * sizeof(guint32));
    for (guint32 k = 0; k < net->n_links; k++)
        start[net->pred[k].activity + 1]++;
    for (guint32 a = 0; a < n; a++)
        start[a + 1] += start[a];
    for (guint32 s = 0; s < n; s++)
        for (guint32 k = net->pred_start[s]; k < net->pred_start[s + 1]; k++)
            next[start[net->pred[k].activity]++] = s;
    for (guint32 a = n; a > 0; a--)
        start[a] = start[a - 1];
    start[0] = 0;

    for (guint32 a = 0; a < n; a++) {
        indeg[a] = net->pred_start[a + 1] - net->pred_start[a];
        if (indeg[a] == 0)
            net->topo[tail++] = a;
    }
    while (head < tail) {
        /* The queue says which lists come next: request them early. */
        if (head + 2 * AHEAD < tail)
            PREFETCH(&start[net->topo[head + 2 * AHEAD]]);
        if (head + AHEAD < tail)
            PREFETCH(&next[start[net->topo[head + AHEAD]]]);
        guint32 a = net->topo[head++];
        for (guint32 k = start[a]; k < start[a + 1]; k++)
            if (--indeg[next[k]] == 0)
                net->topo[tail++] = next[k];
    }
    if (tail == n)
        return TRUE;
    report_cycle(net, indeg, scratch, net->topo + tail, error);
    return FALSE;
}

/* TRUE when every link already goes from a row above to a row below: the
 * row order is then a topological order, and the one kept. */
static gboolean in_row_order(const YpNetwork *net)
{
    for (guint32 s = 0; s < net->n_activities; s++)
        for (guint32 k = net->pred_start[s]; k < net->pred_start[s + 1]; k++)
            if (net->pred[k].activity >= s)
                return FALSE;
    return TRUE;
}

static void permute(guint32 **array, const guint32 *topo, guint32 n)
{
    guint32 *out = big_new(MAX(n, 1), sizeof(guint32), FALSE);
    for (guint32 k = 0; k < n; k++)
        out[k] = (*array)[topo[k]];
    g_free(*array);
    *array = out;
}

/* Renumbers the activities in topological order, so that every link goes
 * from a lower to a higher number and the passes run through the arrays
 * front to back. The new predecessor lists are written into the succ
 * buffers, whose old contents served only the sort. @pos is scratch of n. */
static void renumber(YpNetwork *net, guint32 *pos)
{
    guint32 n = net->n_activities;
    const guint32 *topo = net->topo;
    for (guint32 k = 0; k < n; k++)
        pos[topo[k]] = k;
    permute(&net->row, topo, n);
    permute((guint32 **)&net->duration, topo, n);
    permute(&net->id_offset, topo, n);
    guint32 *start = net->succ_start;
    YpLink *links = net->succ;
    guint32 j = 0;
    for (guint32 k = 0; k < n; k++) {
        if (k + 2 * AHEAD < n)
            PREFETCH(&net->pred_start[topo[k + 2 * AHEAD]]);
        if (k + AHEAD < n)
            PREFETCH(&net->pred[net->pred_start[topo[k + AHEAD]]]);
        guint32 old = topo[k];
        start[k] = j;
        for (guint32 i = net->pred_start[old]; i < net->pred_start[old + 1]; i++) {
            links[j] = net->pred[i];
            links[j].activity = pos[links[j].activity];
            j++;
        }
    }
    start[n] = j;
    net->succ_start = net->pred_start;
    net->succ = net->pred;
    net->pred_start = start;
    net->pred = links;
    for (guint32 k = 0; k < n; k++)
        net->topo[k] = k;
}

static void parser_clear(Parser *p)
{
    g_free(p->table.slots);
    if (p->table.pool != NULL)
        g_string_free(p->table.pool, TRUE);
    g_free(p->bad_id);
    g_free(p->stamp);
    g_free(p->tokens);
}

/* Folds the ID of activity @a and enters it in the table. */
static void index_id(Parser *p, guint32 a, const char *id, gsize len)
{
    char buf[YP_NETWORK_MAX_ID];
    g_autofree char *folded = NULL;
    const char *key = buf;
    if (is_ascii(id, len)) {
        for (gsize i = 0; i < len; i++)
            buf[i] = lower(id[i]);
    } else {
        folded = fold_utf8(id, len);
        if (folded == NULL) {
            p->bad_id[a] = 1;
            return;
        }
        key = folded;
        len = strlen(folded);
    }
    Suffix sx;
    p->table.lag_shaped |= parse_type_lag(key, 0, len, &sx);
    p->table.type_shaped |= parse_type_only(key, 0, len, &sx);
    gint64 old = id_insert(&p->table, key, len, a);
    if (old >= 0 && p->first_dup_row == p->n_rows) {
        p->first_dup_row = p->net->row[a];
        p->first_dup_of = (guint32)old;
    }
}

/* Bytes of the ID of activity @a in the pool of @pool_len bytes. */
static gsize id_length(const YpNetwork *net, guint32 a, gsize pool_len)
{
    gsize end = a + 1 < net->n_activities ? net->id_offset[a + 1] : pool_len;
    return end - net->id_offset[a] - 1;
}

YpNetwork *yp_network_parse(const char *const *ids, const double *durations,
                            const char *const *predecessors, gsize n_rows, GError **error)
{
    g_return_val_if_fail(ids != NULL || n_rows == 0, NULL);
    g_return_val_if_fail(error == NULL || *error == NULL, NULL);

    if (n_rows > YP_NETWORK_MAX_ROWS) {
        g_set_error(error, YP_ERROR, YP_ERROR_LIMIT,
                    "The table has %" G_GSIZE_FORMAT " rows; at most 1,048,576 are allowed.",
                    n_rows);
        return NULL;
    }

    /* First pass: which rows are activities, and their trimmed IDs copied
     * into one pool (the row map and the offsets are bounded by the row
     * limit just checked, each ID by its own limit). The predecessor texts
     * are read once, in the third pass, except where a row's blankness
     * depends on its text. */
    g_autoptr(YpNetwork) net = g_new0(YpNetwork, 1);
    net->n_rows = n_rows;
    net->row = big_new(MAX(n_rows, 1), sizeof(guint32), FALSE);
    net->id_offset = big_new(MAX(n_rows, 1), sizeof(guint32), FALSE);
    GString *id_pool = g_string_sized_new(MIN(n_rows, YP_NETWORK_MAX_ROWS) * 8 + 16);
    gsize n_act = 0;
    for (gsize r = 0; r < n_rows; r++) {
        if (r + FAR_AHEAD < n_rows)
            PREFETCH(ids[r + FAR_AHEAD]);
        gsize b, e;
        id_span(ids[r], &b, &e);
        if (e - b > YP_NETWORK_MAX_ID) {
            g_set_error(error, YP_ERROR, YP_ERROR_LIMIT,
                        "Row %" G_GSIZE_FORMAT ": the ID is longer than the limit of 1,024 "
                        "bytes.",
                        r + 1);
            g_string_free(id_pool, TRUE);
            return NULL;
        }
        if (e == b && (durations == NULL || isnan(durations[r]))) {
            /* No ID and no duration: blank unless the text holds a link. */
            const char *s = predecessors != NULL ? predecessors[r] : NULL;
            gsize plen;
            if (scan_text(s, YP_NETWORK_MAX_TEXT, &plen) == 0)
                continue;
        }
        net->id_offset[n_act] = (guint32)id_pool->len;
        g_string_append_len(id_pool, ids[r] + b, (gssize)(e - b));
        g_string_append_c(id_pool, '\0');
        net->row[n_act++] = (guint32)r;
    }
    gsize pool_len = id_pool->len;
    net->id_pool = g_string_free(id_pool, FALSE);

    guint32 n = (guint32)n_act;
    net->n_activities = n;
    net->duration = big_new(n, sizeof(gint32), TRUE);
    net->pred_start = big_new(n + 1, sizeof(guint32), FALSE);
    net->succ_start = big_new(n + 1, sizeof(guint32), FALSE);
    net->topo = big_new(n, sizeof(guint32), FALSE);

    Parser p = { .ids = ids,
                 .durations = durations,
                 .predecessors = predecessors,
                 .n_rows = n_rows,
                 .net = net,
                 .first_dup_row = n_rows };
    guint32 cap = MAX(16, n + n / 2 + 1);
    p.table.slots = big_new(cap, sizeof(Slot), TRUE);
    p.table.cap = cap;
    p.table.pool = g_string_new(NULL);
    p.bad_id = big_new(n, 1, TRUE);
    p.stamp = big_new(n, sizeof(guint32), TRUE);
    /* Links grow within their limit; four per activity is room for most. */
    p.cap_links = (guint32)MIN(YP_NETWORK_MAX_LINKS, MAX(16, 4 * (gsize)n));
    net->pred = big_new(p.cap_links, sizeof(YpLink), FALSE);

    /* Second pass: index the IDs; remember the first repeat. */
    for (guint32 a = 0; a < n; a++) {
        if (a + FAR_AHEAD < n) {
            const char *ahead = net->id_pool + net->id_offset[a + FAR_AHEAD];
            gsize len = id_length(net, a + FAR_AHEAD, pool_len);
            if (is_ascii(ahead, len))
                PREFETCH(&p.table.slots[slot_index(hash_ascii_lower(ahead, len), p.table.cap)]);
        }
        gsize len = id_length(net, a, pool_len);
        if (len > 0)
            index_id(&p, a, net->id_pool + net->id_offset[a], len);
    }

    /* Third pass: check each row and read its links, in row order. */
    guint32 n_links = 0;
    gint64 span = 0;
    for (guint32 a = 0; a < n && a < AHEAD; a++)
        read_ahead(&p, a, net->row[a]);
    for (guint32 a = 0; a < n; a++) {
        if (a + AHEAD < n)
            read_ahead(&p, a + AHEAD, net->row[a + AHEAD]);
        if (a + FAR_AHEAD < n && predecessors != NULL)
            PREFETCH(predecessors[net->row[a + FAR_AHEAD]]);
        /* Drop the tokens already resolved once they fill half the queue. */
        if (p.head > 4096 && p.head * 2 > p.n_tokens) {
            memmove(p.tokens, p.tokens + p.head, (p.n_tokens - p.head) * sizeof(Token));
            p.n_tokens -= p.head;
            p.head = 0;
        }
        net->pred_start[a] = n_links;
        if (!check_row(&p, net->row[a], a, &n_links, &span, error)) {
            parser_clear(&p);
            return NULL;
        }
    }
    net->pred_start[n] = n_links;
    net->n_links = n_links;
    net->succ = big_new(MAX(n_links, 1), sizeof(YpLink), FALSE);
    if (span + net->positive_lag_sum > YP_NETWORK_MAX_SPAN) {
        g_set_error(error, YP_ERROR, YP_ERROR_LIMIT,
                    "The durations and positive lags add up to more than the limit of "
                    "1,073,741,824 working days.");
        parser_clear(&p);
        return NULL;
    }

    /* The dup-link stamps and the hash slots (over 1.5 n of 16 bytes) are free now:
     * they serve as Kahn's in-degrees, the cycle walk's marks, and the
     * renumbering map. */
    gboolean sorted = TRUE;
    if (in_row_order(net)) {
        for (guint32 a = 0; a < n; a++)
            net->topo[a] = a;
    } else {
        sorted = sort_topologically(net, p.stamp, (guint32 *)p.table.slots, error);
        if (sorted)
            renumber(net, p.stamp);
    }
    if (sorted)
        build_succ(net);
    parser_clear(&p);
    if (!sorted)
        return NULL;
    return g_steal_pointer(&net);
}

char *yp_network_check(const char *const *ids, const double *durations,
                       const char *const *predecessors, gsize n_rows)
{
    g_autoptr(GError) error = NULL;
    g_autoptr(YpNetwork) net = yp_network_parse(ids, durations, predecessors, n_rows, &error);
    if (net != NULL)
        return g_strdup("OK");
    return g_strdup(error->message);
}

const char *yp_network_id(const YpNetwork *network, guint32 activity)
{
    g_return_val_if_fail(network != NULL && activity < network->n_activities, "");
    return network->id_pool + network->id_offset[activity];
}

void yp_network_free(YpNetwork *network)
{
    if (network == NULL)
        return;
    g_free(network->row);
    g_free(network->duration);
    g_free(network->pred_start);
    g_free(network->pred);
    g_free(network->succ_start);
    g_free(network->succ);
    g_free(network->topo);
    g_free(network->id_pool);
    g_free(network->id_offset);
    g_free(network);
}
