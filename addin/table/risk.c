/* SPDX-License-Identifier: MPL-2.0 */
/* Schedule risk: Monte Carlo over the activity network with three-point
 * durations (docs/risk.md). Part of the Scheduling chapter of the docs. */
#include "addin/table/common-args.h"
#include "addin/table/sections.h"

/* The three-point estimate and the trials of both functions (the IDs and
 * links come from common-args.h). Hand-aligned: clang-format counts bytes,
 * not characters, when aligning the backslashes of a macro with Cyrillic
 * text. */
/* clang-format off */
#define ARG_OPTIMISTIC                                                                             \
    {                                                                                              \
        .id = "optimistic", .kind = ADDIN_ARG_RANGE,                                               \
        .name = { .en = "Optimistic", .ru = "Оптимистическая", .kk = "Оптимистік",                 \
                  .az = "Optimist" },                                                              \
        .help = {                                                                                  \
            .en = "The shortest credible duration of each activity in working days (a), 0 or "     \
                  "more",                                                                          \
            .ru = "Наименьшая правдоподобная длительность каждой работы в рабочих днях (a), 0 "    \
                  "или больше",                                                                    \
            .kk = "Әр жұмыстың шын мүмкін болатын ең қысқа ұзақтығы, жұмыс күндерімен (a), 0 "     \
                  "немесе одан көп",                                                               \
            .az = "Hər işin real mümkün olan ən qısa müddəti, iş günləri ilə (a), 0 və ya daha "   \
                  "çox",                                                                           \
        },                                                                                         \
    }

#define ARG_LIKELY                                                                                 \
    {                                                                                              \
        .id = "likely", .kind = ADDIN_ARG_RANGE,                                                   \
        .name = { .en = "Likely", .ru = "Вероятная", .kk = "Ықтимал", .az = "Ehtimal olunan" },    \
        .help = {                                                                                  \
            .en = "The most likely duration of each activity in working days (m), from "           \
                  "optimistic to pessimistic",                                                     \
            .ru = "Наиболее вероятная длительность каждой работы в рабочих днях (m), от "          \
                  "оптимистической до пессимистической",                                           \
            .kk = "Әр жұмыстың ең ықтимал ұзақтығы, жұмыс күндерімен (m), оптимистіктен "          \
                  "пессимистікке дейін",                                                           \
            .az = "Hər işin ən ehtimal olunan müddəti, iş günləri ilə (m), optimistdən "           \
                  "pessimistə qədər",                                                              \
        },                                                                                         \
    }

#define ARG_PESSIMISTIC                                                                            \
    {                                                                                              \
        .id = "pessimistic", .kind = ADDIN_ARG_RANGE,                                              \
        .name = { .en = "Pessimistic", .ru = "Пессимистическая", .kk = "Пессимистік",              \
                  .az = "Pessimist" },                                                             \
        .help = {                                                                                  \
            .en = "The longest credible duration of each activity in working days (b); equal "     \
                  "to optimistic for a fixed duration",                                            \
            .ru = "Наибольшая правдоподобная длительность каждой работы в рабочих днях (b); "      \
                  "равна оптимистической для постоянной длительности",                             \
            .kk = "Әр жұмыстың шын мүмкін болатын ең ұзақ ұзақтығы, жұмыс күндерімен (b); "        \
                  "тұрақты ұзақтық үшін оптимистікке тең",                                         \
            .az = "Hər işin real mümkün olan ən uzun müddəti, iş günləri ilə (b); sabit müddət "   \
                  "üçün optimistə bərabərdir",                                                     \
        },                                                                                         \
    }


#define ARG_TRIALS                                                                                 \
    {                                                                                              \
        .id = "trials", .kind = ADDIN_ARG_NUMBER, .optional = TRUE,                                \
        .name = { .en = "Trials", .ru = "Итерации", .kk = "Итерациялар",                           \
                  .az = "İterasiyalar" },                                                          \
        .help = {                                                                                  \
            .en = "The number of simulated projects, 100 to 1000000; default 10000",               \
            .ru = "Число итераций (моделируемых вариантов проекта), от 100 до 1000000; по "        \
                  "умолчанию 10000",                                                               \
            .kk = "Итерациялар (модельденетін жоба нұсқалары) саны, 100-ден 1000000-ға "           \
                  "дейін; әдепкі бойынша 10000",                                                   \
            .az = "İterasiyaların (modelləşdirilən layihə variantlarının) sayı, 100-dən "          \
                  "1000000-a qədər; susmaya görə 10000",                                           \
        },                                                                                         \
    }

/* clang-format on */

static const AddinFunction risk_functions[] = {
    {
        .name = "YARD.SRA",
        .method = "sra",
        .entry = ADDIN_ENTRY(addin_fn_sra),
        .category = ADDIN_CATEGORY_ADDIN,
        .summary = {
            .en = "Schedule risk analysis: the project finish at given percentiles, by Monte "
                  "Carlo simulation with PERT-beta durations over the activity network",
            .ru = "Анализ рисков сроков: окончание проекта на заданных процентилях, "
                  "моделированием методом Монте-Карло с длительностями PERT-бета по сетевому "
                  "графику",
            .kk = "Мерзім тәуекелдерін талдау: берілген процентильдердегі жобаның аяқталуы, "
                  "желілік кестеде PERT-бета ұзақтықтарымен Монте-Карло модельдеуі бойынша",
            .az = "Müddət risklərinin təhlili: verilmiş persentillərdə layihənin başa çatması, "
                  "şəbəkə qrafiki üzrə PERT-beta müddətləri ilə Monte-Karlo modelləşdirməsi ilə",
        },
        .result = {
            .en = "One value per percentile, in the shape of Percentiles: the project duration "
                  "in working days, or when Start is given the date of its last working day",
            .ru = "По значению на каждый процентиль, в форме аргумента «Процентили»: "
                  "длительность проекта в рабочих днях, а если задано «Начало» — дата его "
                  "последнего рабочего дня",
            .kk = "Әр процентильге бір мән, «Процентильдер» аргументінің пішінінде: жобаның "
                  "жұмыс күндерімен ұзақтығы, ал «Басталуы» берілсе — оның соңғы жұмыс күнінің "
                  "күні",
            .az = "Hər persentil üçün bir qiymət, «Persentillər» arqumentinin formasında: "
                  "layihənin iş günləri ilə müddəti, «Başlanğıc» verilibsə — onun son iş "
                  "gününün tarixi",
        },
        .errors = {
            .en = "Err:502 when the table is wrong (YARD.CHECK says why), an estimate is "
                  "missing, negative or not Optimistic <= Likely <= Pessimistic, a percentile "
                  "is not above 0 and at most 1, Trials is outside 100-1000000 or too many "
                  "for the network, or the finish falls after 9999",
            .ru = "Err:502, если таблица неверна (YARD.CHECK объясняет почему), оценка "
                  "отсутствует, отрицательна или не выполнено «Оптимистическая» <= "
                  "«Вероятная» <= «Пессимистическая», процентиль не больше 0 или больше 1, "
                  "«Итерации» вне 100-1000000 или слишком много для сети, либо окончание "
                  "позже 9999 года",
            .kk = "Err:502, егер кесте қате болса (YARD.CHECK себебін түсіндіреді), бағалау "
                  "жоқ, теріс немесе «Оптимистік» <= «Ықтимал» <= «Пессимистік» орындалмаса, "
                  "процентиль 0-ден үлкен және 1-ден аспайтын болмаса, «Итерациялар» "
                  "100-1000000 аралығынан тыс не желі үшін тым көп болса, немесе аяқталуы "
                  "9999 жылдан кейін болса",
            .az = "Err:502, əgər cədvəl səhvdirsə (YARD.CHECK səbəbini izah edir), "
                  "qiymətləndirmə yoxdursa, mənfidirsə və ya «Optimist» <= «Ehtimal olunan» "
                  "<= «Pessimist» ödənmirsə, persentil 0-dan böyük və 1-dən çox olmayan "
                  "deyilsə, «İterasiyalar» 100-1000000 xaricindədirsə və ya şəbəkə üçün "
                  "həddən artıq çoxdursa, yaxud başa çatma 9999-cu ildən sonradırsa",
        },
        .args = {
            ADDIN_ARG_IDS,
            ARG_OPTIMISTIC,
            ARG_LIKELY,
            ARG_PESSIMISTIC,
            ADDIN_ARG_PREDECESSORS,
            {
                .id = "percentiles", .kind = ADDIN_ARG_RANGE,
                .name = { .en = "Percentiles", .ru = "Процентили", .kk = "Процентильдер",
                          .az = "Persentillər" },
                .help = {
                    .en = "One or more confidence levels as fractions above 0 and at most 1, "
                          "e.g. 0.8 for P80; a row or a column gives a row or a column",
                    .ru = "Один или несколько уровней доверия в долях больше 0 и не больше 1, "
                          "например 0,8 для P80; строка или столбец дают строку или столбец",
                    .kk = "Бір немесе бірнеше сенім деңгейі, 0-ден үлкен және 1-ден аспайтын "
                          "үлестермен, мысалы P80 үшін 0,8; жол немесе баған жол немесе баған "
                          "береді",
                    .az = "Bir və ya bir neçə etibarlılıq səviyyəsi, 0-dan böyük və 1-dən çox "
                          "olmayan paylarla, məsələn P80 üçün 0,8; sətir və ya sütun sətir və "
                          "ya sütun verir",
                },
            },
            ARG_TRIALS,
            {
                .id = "start", .kind = ADDIN_ARG_DATE, .optional = TRUE,
                .name = { .en = "Start", .ru = "Начало", .kk = "Басталуы", .az = "Başlanğıc" },
                .help = {
                    .en = "The project start date; with it the result is a date, without it "
                          "a number of working days",
                    .ru = "Дата начала проекта; с ней результат — дата, без неё — число "
                          "рабочих дней",
                    .kk = "Жобаның басталу күні; онымен нәтиже күн болады, онсыз жұмыс "
                          "күндерінің саны",
                    .az = "Layihənin başlanğıc tarixi; onunla nəticə tarixdir, onsuz iş "
                          "günlərinin sayı",
                },
            },
            ADDIN_ARG_WEEKEND,
            ADDIN_ARG_EXCEPTIONS,
        },
        .examples = {
            { "YARD.SRA({\"A\"|\"B\"};{3|2};{3|2};{3|2};{\"\"|\"A\"};{0.5;0.9})", "{5;5}",
              "5, 5" },
            { "YARD.SRA(\"A\";10;10;11;\"\";{0.5;0.99})", "{10;11}", "10, 11" },
            { "YARD.SRA({\"A\"|\"B\"};{3|2};{3|2};{3|2};{\"\"|\"A\"};0.8;10000;DATE(2026;3;2))",
              "DATE(2026;3;6)", "2026-03-06" },
        },
    },
    {
        .name = "YARD.CRITICALITY",
        .method = "criticality",
        .entry = ADDIN_ENTRY(addin_fn_criticality),
        .category = ADDIN_CATEGORY_ADDIN,
        .summary = {
            .en = "Criticality index of each activity: the share of Monte Carlo trials with "
                  "PERT-beta durations in which it lay on the critical path",
            .ru = "Индекс критичности каждой работы: доля итераций Монте-Карло с "
                  "длительностями PERT-бета, в которых она была на критическом пути",
            .kk = "Әр жұмыстың сынилық индексі: PERT-бета ұзақтықтарымен Монте-Карло "
                  "итерацияларының ол сыни жолда болған үлесі",
            .az = "Hər işin kritiklik indeksi: PERT-beta müddətləri ilə Monte-Karlo "
                  "iterasiyalarından onun kritik yolda olduğu pay",
        },
        .result = {
            .en = "A column with one fraction from 0 to 1 per row of the table; blank rows "
                  "stay blank",
            .ru = "Столбец с одной долей от 0 до 1 на каждую строку таблицы; пустые строки "
                  "остаются пустыми",
            .kk = "Кестенің әр жолына 0-ден 1-ге дейінгі бір үлесі бар баған; бос жолдар бос "
                  "қалады",
            .az = "Cədvəlin hər sətri üçün 0-dan 1-ə qədər bir pay olan sütun; boş sətirlər "
                  "boş qalır",
        },
        .errors = {
            .en = "Err:502 when the table is wrong (YARD.CHECK says why), an estimate is "
                  "missing, negative or not Optimistic <= Likely <= Pessimistic, or Trials is "
                  "outside 100-1000000 or too many for the network",
            .ru = "Err:502, если таблица неверна (YARD.CHECK объясняет почему), оценка "
                  "отсутствует, отрицательна или не выполнено «Оптимистическая» <= "
                  "«Вероятная» <= «Пессимистическая», либо «Итерации» вне 100-1000000 или "
                  "слишком много для сети",
            .kk = "Err:502, егер кесте қате болса (YARD.CHECK себебін түсіндіреді), бағалау "
                  "жоқ, теріс немесе «Оптимистік» <= «Ықтимал» <= «Пессимистік» орындалмаса, "
                  "не «Итерациялар» 100-1000000 аралығынан тыс не желі үшін тым көп болса",
            .az = "Err:502, əgər cədvəl səhvdirsə (YARD.CHECK səbəbini izah edir), "
                  "qiymətləndirmə yoxdursa, mənfidirsə və ya «Optimist» <= «Ehtimal olunan» "
                  "<= «Pessimist» ödənmirsə, yaxud «İterasiyalar» 100-1000000 xaricindədirsə və ya "
                  "şəbəkə üçün həddən artıq çoxdursa",
        },
        .args = {
            ADDIN_ARG_IDS,
            ARG_OPTIMISTIC,
            ARG_LIKELY,
            ARG_PESSIMISTIC,
            ADDIN_ARG_PREDECESSORS,
            ARG_TRIALS,
        },
        .examples = {
            { "YARD.CRITICALITY({\"A\"|\"B\"|\"C\"};{5|1|1};{6|2|1};{9|3|1};{\"\"|\"\"|\"A;B\"})",
              "{1|0|1}", "1, 0, 1" },
            { "YARD.CRITICALITY({\"A\"|\"B\"};{2|1};{4|1};{7|1};{\"\"|\"A\"};1000)", "{1|1}",
              "1, 1" },
        },
    },
};

const AddinSection addin_section_risk = {
    .title = { .en = "Scheduling", .ru = "Планирование", .kk = "Жоспарлау", .az = "Planlaşdırma" },
    .functions = risk_functions,
    .n_functions = G_N_ELEMENTS(risk_functions),
};
