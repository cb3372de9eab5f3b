/* SPDX-License-Identifier: MPL-2.0 */
/* Scheduling: the critical path method over an activity network, and the
 * check that explains why a table is refused (docs/scheduling.md). */
#include "addin/table/common-args.h"
#include "addin/table/sections.h"

/* The durations (the IDs and links come from common-args.h). Hand-aligned:
 * clang-format counts bytes, not characters, when aligning the backslashes
 * of a macro with Cyrillic text. */
/* clang-format off */
#define ARG_DURATIONS                                                                              \
    {                                                                                              \
        .id = "durations", .kind = ADDIN_ARG_RANGE,                                                \
        .name = { .en = "Durations", .ru = "Длительности", .kk = "Ұзақтықтар",                     \
                  .az = "Müddətlər" },                                                             \
        .help = {                                                                                  \
            .en = "The duration of each activity in whole working days; 0 for a milestone",        \
            .ru = "Длительность каждой работы в целых рабочих днях; 0 — для вехи",                 \
            .kk = "Әр жұмыстың ұзақтығы, бүтін жұмыс күндерімен; бақылау нүктесі үшін 0",          \
            .az = "Hər işin müddəti, tam iş günləri ilə; nəzarət nöqtəsi üçün 0",                  \
        },                                                                                         \
    }

/* clang-format on */

static const AddinFunction scheduling_functions[] = {
    {
        .name = "YARD.CPM",
        .method = "cpm",
        .entry = ADDIN_ENTRY(addin_fn_cpm),
        .category = ADDIN_CATEGORY_ADDIN,
        .summary = {
            .en = "Critical path method: early and late dates, total and free float and the "
                  "critical flag of each activity of a network with FS, SS, FF and SF links "
                  "and lags",
            .ru = "Метод критического пути: ранние и поздние сроки, полный и свободный резервы "
                  "времени и признак критичности каждой работы сетевого графика со связями FS, "
                  "SS, FF, SF и задержками",
            .kk = "Сыни жол әдісі: FS, SS, FF, SF байланыстары мен кідірістері бар желілік "
                  "кестедегі әр жұмыстың ерте және кеш мерзімдері, толық және еркін уақыт "
                  "қорлары және сыни жұмыс белгісі",
            .az = "Kritik yol metodu: FS, SS, FF, SF əlaqələri və gecikmələri olan şəbəkə "
                  "qrafikində hər işin erkən və gec tarixləri, tam və sərbəst vaxt ehtiyatları "
                  "və kritiklik əlaməti",
        },
        .result = {
            .en = "An array with one row per row of the table (blank rows stay blank) and the "
                  "columns listed in Fields: ES, EF, LS, LF as dates when Start is given, "
                  "otherwise as working-day offsets from 0; TF and FF in working days; CRIT 1 "
                  "on the critical path, else 0",
            .ru = "Массив: по строке на каждую строку таблицы (пустые строки остаются "
                  "пустыми), столбцы — из аргумента «Поля»: ES, EF, LS, LF — даты, если задано "
                  "начало, иначе смещения в рабочих днях от 0; TF и FF — в рабочих днях; CRIT — "
                  "1 на критическом пути, иначе 0",
            .kk = "Массив: кестенің әр жолына бір жол (бос жолдар бос қалады), бағандар "
                  "«Өрістер» аргументінен: ES, EF, LS, LF — басталуы берілсе күндер, әйтпесе "
                  "0-ден бастап жұмыс күндерімен ығысулар; TF мен FF — жұмыс күндерімен; CRIT "
                  "— сыни жолда 1, әйтпесе 0",
            .az = "Massiv: cədvəlin hər sətrinə bir sətir (boş sətirlər boş qalır), sütunlar "
                  "«Sahələr» arqumentindən: ES, EF, LS, LF — başlanğıc verilibsə tarixlər, əks "
                  "halda 0-dan iş günləri ilə sürüşmələr; TF və FF — iş günləri ilə; CRIT — "
                  "kritik yolda 1, əks halda 0",
        },
        .errors = {
            .en = "Err:502 when the table is wrong (YARD.CHECK says why), Fields names an "
                  "unknown or repeated column, the weekend mask or an exception is invalid, or "
                  "a date falls outside 1583-9999",
            .ru = "Err:502, если таблица неверна (YARD.CHECK объясняет почему), в «Полях» "
                  "указан неизвестный или повторный столбец, маска выходных или исключения "
                  "неверны либо дата выходит за пределы 1583-9999 годов",
            .kk = "Err:502, егер кесте қате болса (YARD.CHECK себебін түсіндіреді), «Өрістер» "
                  "белгісіз не қайталанған бағанды атаса, демалыс маскасы не ерекше күндер "
                  "қате болса немесе күн 1583-9999 жылдардан тыс шықса",
            .az = "Err:502, əgər cədvəl səhvdirsə (YARD.CHECK səbəbini izah edir), «Sahələr» "
                  "naməlum və ya təkrarlanan sütun göstərirsə, istirahət maskası və ya "
                  "istisnalar düzgün deyilsə, yaxud tarix 1583-9999-cu illərdən kənara çıxırsa",
        },
        .args = {
            ADDIN_ARG_IDS,
            ARG_DURATIONS,
            ADDIN_ARG_PREDECESSORS,
            ADDIN_ARG_PROJECT_START,
            ADDIN_ARG_WEEKEND,
            ADDIN_ARG_EXCEPTIONS,
            {
                .id = "fields", .kind = ADDIN_ARG_TEXT, .optional = TRUE,
                .name = { .en = "Fields", .ru = "Поля", .kk = "Өрістер", .az = "Sahələr" },
                .help = {
                    .en = "The result columns in the order wanted, from ES (early start), EF "
                          "(early finish), LS (late start), LF (late finish), TF (total float), "
                          "FF (free float), CRIT (critical), separated by ; or ,; default all "
                          "seven",
                    .ru = "Столбцы результата в нужном порядке из ES (раннее начало), EF "
                          "(раннее окончание), LS (позднее начало), LF (позднее окончание), TF "
                          "(полный резерв), FF (свободный резерв), CRIT (критичность) через ; "
                          "или ,; по умолчанию все семь",
                    .kk = "Нәтиже бағандары қажетті ретпен: ES (ерте басталу), EF (ерте "
                          "аяқталу), LS (кеш басталу), LF (кеш аяқталу), TF (толық қор), FF "
                          "(еркін қор), CRIT (сыни жұмыс), ; немесе , арқылы бөлінеді; әдепкі "
                          "бойынша жетеуі де",
                    .az = "İstənilən ardıcıllıqla nəticə sütunları: ES (erkən başlanğıc), EF "
                          "(erkən bitmə), LS (gec başlanğıc), LF (gec bitmə), TF (tam ehtiyat), "
                          "FF (sərbəst ehtiyat), CRIT (kritiklik), ; və ya , ilə ayrılır; "
                          "susmaya görə yeddisi də",
                },
            },
        },
        .examples = {
            { "YARD.CPM({\"A\"|\"B\"|\"C\"|\"D\"};{3|2|4|1};{\"\"|\"A\"|\"A\"|\"B;C\"})",
              "{0;3;0;3;0;0;1|3;5;5;7;2;2;0|3;7;3;7;0;0;1|7;8;7;8;0;0;1}",
              "A: 0, 3, 0, 3, 0, 0, 1; B: 3, 5, 5, 7, 2, 2, 0; C: 3, 7, 3, 7, 0, 0, 1; "
              "D: 7, 8, 7, 8, 0, 0, 1" },
            { "YARD.CPM({\"A\"|\"B\"|\"M\"};{3|2|0};{\"\"|\"A\"|\"B\"};DATE(2026;1;5);\"5D\";"
              "DATE(2026;1;7);\"ES;EF\")",
              "DATE(2026;1;5)+{0;3|4;7|7;7}",
              "A: 2026-01-05, 2026-01-08; B: 2026-01-09, 2026-01-12; M: 2026-01-12, "
              "2026-01-12" },
            { "YARD.CPM({\"A\"|\"B\"};{3|2};{\"\"|\"ASS+1\"};;;;\"ES;EF;TF;CRIT\")",
              "{0;3;0;1|1;3;0;1}", "A: 0, 3, 0, 1; B: 1, 3, 0, 1" },
        },
    },
    {
        .name = "YARD.CHECK",
        .method = "check",
        .entry = ADDIN_ENTRY(addin_fn_check),
        .category = ADDIN_CATEGORY_ADDIN,
        .summary = {
            .en = "Checks an activity table: OK, or one sentence naming the first problem and "
                  "its row (duplicate ID, unknown predecessor, unreadable link, bad duration, "
                  "dependency cycle)",
            .ru = "Проверяет таблицу работ: OK или одно предложение о первой ошибке с номером "
                  "её строки (повтор кода, неизвестный предшественник, нечитаемая связь, "
                  "неверная длительность, цикл зависимостей)",
            .kk = "Жұмыстар кестесін тексереді: OK немесе бірінші қатені және оның жолын "
                  "атайтын бір сөйлем (қайталанған код, белгісіз алдыңғы жұмыс, оқылмайтын "
                  "байланыс, қате ұзақтық, тәуелділік циклі)",
            .az = "İşlər cədvəlini yoxlayır: OK və ya ilk problemi və onun sətrini göstərən "
                  "bir cümlə (təkrarlanan kod, naməlum əvvəlki iş, oxunmayan əlaqə, səhv "
                  "müddət, qapalı asılılıq dövrəsi)",
        },
        .result = {
            .en = "One text: OK, or the problem in English",
            .ru = "Один текст: OK или описание ошибки на английском",
            .kk = "Бір мәтін: OK немесе ағылшын тіліндегі қате сипаттамасы",
            .az = "Bir mətn: OK və ya problemin ingiliscə təsviri",
        },
        .errors = {
            .en = "None: every problem of the table is the text itself",
            .ru = "Нет: любая ошибка таблицы возвращается текстом",
            .kk = "Жоқ: кестенің кез келген қатесі мәтін ретінде қайтарылады",
            .az = "Yoxdur: cədvəlin hər problemi mətn kimi qaytarılır",
        },
        .args = {
            ADDIN_ARG_IDS,
            ARG_DURATIONS,
            ADDIN_ARG_PREDECESSORS,
        },
        .examples = {
            { "YARD.CHECK({\"A\"|\"B\"};{1|2};{\"\"|\"A\"})", "\"OK\"", "OK" },
            { "YARD.CHECK({\"A\"|\"a\"};{1|2};{\"\"|\"\"})",
              "\"Row 2: the ID \"\"a\"\" is already used in row 1; IDs must be unique (ignoring "
              "case and surrounding blanks).\"",
              "Row 2: the ID \"a\" is already used in row 1; IDs must be unique (ignoring case "
              "and surrounding blanks)." },
            { "YARD.CHECK({\"A\"|\"B\"|\"C\"};{1|1|1};{\"C\"|\"A\"|\"BSS+1\"})",
              "\"Row 1: the activities A -> B -> C -> A form a dependency cycle; remove or "
              "reverse one of these links.\"",
              "Row 1: the activities A -> B -> C -> A form a dependency cycle; remove or "
              "reverse one of these links." },
        },
    },
};

const AddinSection addin_section_scheduling = {
    .title = { .en = "Scheduling", .ru = "Планирование", .kk = "Жоспарлау", .az = "Planlaşdırma" },
    .functions = scheduling_functions,
    .n_functions = G_N_ELEMENTS(scheduling_functions),
};
