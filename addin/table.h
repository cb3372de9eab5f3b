/* SPDX-License-Identifier: MPL-2.0 */
/* The function table: one row per spreadsheet function. The add-in answers
 * Calc's XAddIn questions from it, dispatches calls through it, and the
 * build generates the IDL, the reference docs and the examples workbook
 * from it. Rows live in addin/table/<section>.c, entries in
 * addin/functions/<section>.c. */
#pragma once

#include <glib.h>

typedef struct _AddinCall AddinCall;

/* The C function serving a spreadsheet function: it reads its arguments
 * from @call, sets one result on it, and returns TRUE; or returns FALSE
 * with @error set (YP_ERROR domain), which Calc shows as Err:502
 * (Err:523 for YP_ERROR_NO_CONVERGENCE). */
typedef gboolean (*AddinEntry)(AddinCall *call, GError **error);

/* Table files are also compiled into the generator, which has no entries. */
#ifdef ADDIN_TABLE_ONLY
#define ADDIN_ENTRY(fn) NULL
#else
#define ADDIN_ENTRY(fn) fn
#endif

typedef enum {
    ADDIN_LANG_EN,
    ADDIN_LANG_RU,
    ADDIN_LANG_KK,
    ADDIN_LANG_AZ,
    ADDIN_N_LANGS,
} AddinLang;

/* A text for users in every language of the joint venture, UTF-8. */
typedef struct {
    const char *en;
    const char *ru;
    const char *kk;
    const char *az;
} AddinText;

/* What an argument holds; decides its IDL type, its validation and how the
 * docs describe it. Required arguments are sequence<sequence<any>> in the
 * IDL (Calc then insists on them and hands over any cell, value or range),
 * optional ones are any (Calc then allows omission). */
typedef enum {
    ADDIN_ARG_NUMBER, /* one number */
    ADDIN_ARG_DATE,   /* one date serial of the calling document */
    ADDIN_ARG_TEXT,   /* one text code */
    ADDIN_ARG_RANGE,  /* a range or array of cells */
    ADDIN_ARG_ANY,    /* one value or a range, the entry decides */
} AddinArgKind;

typedef struct {
    const char *id; /* the IDL parameter name, lower camel case ASCII */
    AddinArgKind kind;
    gboolean optional;
    AddinText name; /* shown in the Function Wizard */
    AddinText help; /* what it is, its unit and its default */
} AddinArg;

/* Calc's own categories: the only names it honours for add-ins. */
typedef enum {
    ADDIN_CATEGORY_DATABASE,
    ADDIN_CATEGORY_DATETIME,
    ADDIN_CATEGORY_FINANCIAL,
    ADDIN_CATEGORY_INFORMATION,
    ADDIN_CATEGORY_LOGICAL,
    ADDIN_CATEGORY_MATHEMATICAL,
    ADDIN_CATEGORY_MATRIX,
    ADDIN_CATEGORY_STATISTICAL,
    ADDIN_CATEGORY_SPREADSHEET,
    ADDIN_CATEGORY_TEXT,
    ADDIN_CATEGORY_ADDIN,
} AddinCategory;

/* An example for the reference docs, also run by the examples workbook:
 * @formula and @expect are Calc formulas without the '=' (';' between
 * arguments); the example passes when they give equal values. */
typedef struct {
    const char *formula;
    const char *expect;
    const char *shows; /* the result as the docs print it */
} AddinExample;

#define ADDIN_MAX_ARGS     10
#define ADDIN_MAX_EXAMPLES 4

typedef struct {
    const char *name;   /* display name, e.g. "YARD.WORKDAY" */
    const char *method; /* IDL method, lower case ASCII, e.g. "workday" */
    AddinEntry entry;
    AddinCategory category;
    AddinText summary; /* one line for the Function Wizard */
    AddinText result;  /* the result's shape and unit, for the docs */
    AddinText errors;  /* when it gives an error, for the docs */
    AddinArg args[ADDIN_MAX_ARGS];
    AddinExample examples[ADDIN_MAX_EXAMPLES];
} AddinFunction;

/* A section of the table, as the reference docs group it. */
typedef struct {
    AddinText title;
    const AddinFunction *functions;
    gsize n_functions;
} AddinSection;

/**
 * addin_table_sections:
 * The whole table, in the order of the reference docs. Static, never freed.
 */
const AddinSection *const *addin_table_sections(gsize *n_sections);

/**
 * addin_table_index_new:
 * A new index of every function by its IDL method name; the caller owns it
 * and frees it with g_hash_table_unref().
 */
GHashTable *addin_table_index_new(void);

/**
 * addin_function_n_args:
 * The number of arguments of @fn (its args array ends at the first
 * argument without an id).
 */
guint addin_function_n_args(const AddinFunction *fn);

/**
 * addin_text_get:
 * @text in @lang, or in English where that language is missing.
 */
const char *addin_text_get(const AddinText *text, AddinLang lang);

/**
 * addin_lang_from_locale:
 * The table language for a BCP 47 or ISO 639 language code ("ru", "kk-KZ",
 * "az-Latn-AZ"); English for every other language.
 */
AddinLang addin_lang_from_locale(const char *language);

/* Calc's programmatic category name ("Date&Time", "Add-In", ...). */
const char *addin_category_name(AddinCategory category);
