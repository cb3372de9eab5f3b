/* SPDX-License-Identifier: MPL-2.0 */
/* Every parser of a text code, with any text: weekend masks and presets,
 * CPM field lists, ship types (CGT, steel, outfit), engine kinds, learning
 * models, berth rules, spread profiles, EVM and earned-schedule metrics,
 * rules of credit, holiday countries. The first byte picks the parser, the
 * rest is the text (raw bytes, so also invalid UTF-8 and embedded NULs).
 * A parser must accept or refuse with a YP_ERROR whose message is readable,
 * and give the same answer for the same text twice; an accepted code must
 * give a value its module can use. */
#include "tests/fuzz/fuzz-input.h"

#include "scheduler/berth.h"
#include "scheduler/calendar.h"
#include "scheduler/cpm.h"
#include "scheduler/estimate.h"
#include "scheduler/holidays.h"
#include "scheduler/learning.h"
#include "scheduler/progress.h"
#include "scheduler/spread.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Parses @text with parser @which into @value (a few bytes of result). */
static gboolean parse(guint which, const char *text, guint8 value[64], GError **error)
{
    memset(value, 0, 64);
    switch (which) {
    case 0:
        return yp_weekend_parse(text, (YpWeekend *)value, error);
    case 1: {
        guint n;
        if (!yp_cpm_fields_parse(text, (YpCpmField *)value, &n, error))
            return FALSE;
        FUZZ_REQUIRE(n >= 1 && n <= YP_CPM_N_FIELDS, "%u fields", n);
        for (guint i = 0; i < n; i++)
            FUZZ_REQUIRE(((YpCpmField *)value)[i] < YP_CPM_N_FIELDS, "field %d",
                         ((YpCpmField *)value)[i]);
        return TRUE;
    }
    case 2: {
        double *ab = (double *)value;
        if (!yp_estimate_cgt_coefficients(text, &ab[0], &ab[1], error))
            return FALSE;
        FUZZ_REQUIRE(ab[0] > 0 && ab[1] > 0 && ab[1] < 1, "A %g B %g", ab[0], ab[1]);
        return TRUE;
    }
    case 3: {
        double *k = (double *)value;
        if (!yp_estimate_steel_k(text, k, error))
            return FALSE;
        FUZZ_REQUIRE(isfinite(*k) && *k > 0, "K %g", *k);
        return TRUE;
    }
    case 4: {
        double *k = (double *)value;
        /* The outfit coefficient depends on the length for some types. */
        if (!yp_estimate_outfit_k(text, 120.0, k, error))
            return FALSE;
        FUZZ_REQUIRE(isfinite(*k) && *k > 0, "K %g", *k);
        return TRUE;
    }
    case 5:
        return yp_estimate_engine_parse(text, (YpEngine *)value, error);
    case 6:
        return yp_learning_model_parse(text, (YpLearningModel *)value, error);
    case 7:
        return yp_berth_rule_parse(text, (YpBerthRule *)value, error);
    case 8: {
        YpProfile *profile = (YpProfile *)value;
        if (!yp_spread_profile_parse(text, profile, error))
            return FALSE;
        /* Every profile is a distribution function on 0..1. */
        FUZZ_REQUIRE(yp_spread_profile_cdf(*profile, 0) == 0, "F(0)");
        FUZZ_REQUIRE(yp_spread_profile_cdf(*profile, 1) == 1, "F(1)");
        return TRUE;
    }
    case 9:
        return yp_progress_evm_metric_parse(text, (YpEvmMetric *)value, error);
    case 10:
        return yp_progress_es_metric_parse(text, (YpEsMetric *)value, error);
    case 11:
        return yp_progress_credit_parse(text, (YpCreditRule *)value, error);
    default: {
        /* A country: the year's list must be sorted and supported. */
        g_autoptr(GArray) days = g_array_new(FALSE, FALSE, sizeof(YpDay));
        if (!yp_holidays_list(text, 2026, NULL, 0, days, error))
            return FALSE;
        for (guint i = 0; i < days->len; i++) {
            YpDay d = g_array_index(days, YpDay, i);
            FUZZ_REQUIRE(yp_day_is_supported(d), "day %d", d);
            FUZZ_REQUIRE(i == 0 || g_array_index(days, YpDay, i - 1) < d, "order");
        }
        memcpy(value, &days->len, sizeof days->len);
        return TRUE;
    }
    }
}

#define N_PARSERS 13

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    guint which = data[0] % N_PARSERS;
    /* The parsers take C strings: the rest of the input, NUL-terminated. */
    g_autofree char *text = g_strndup((const char *)data + 1, size - 1);

    guint8 first[64], second[64];
    g_autoptr(GError) error = NULL;
    gboolean ok = parse(which, text, first, &error);
    if (!ok) {
        FUZZ_REQUIRE(error != NULL, "refused without an error");
        FUZZ_REQUIRE(error->domain == YP_ERROR, "%s", error->message);
        FUZZ_REQUIRE(error->message[0] != '\0', "an empty message");
        /* A message may quote the text; it must be readable when the text is. */
        FuzzInput in;
        fuzz_input_init(&in, data, size);
        if (g_utf8_validate(text, -1, NULL))
            fuzz_check_error(&in, error);
    } else {
        FUZZ_REQUIRE(error == NULL, "accepted with an error");
    }

    g_autoptr(GError) again = NULL;
    FUZZ_REQUIRE(parse(which, text, second, &again) == ok, "parser %u not deterministic", which);
    FUZZ_REQUIRE(!ok || memcmp(first, second, sizeof first) == 0, "parser %u gave two values",
                 which);
    return 0;
}
