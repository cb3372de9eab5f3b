/* SPDX-License-Identifier: MPL-2.0 */
/* Scheduling: the critical path method over an activity network, and the
 * check that explains why a table is refused (docs/scheduling.md). */
#include "addin/table/common-args.h"
#include "addin/table/sections.h"

/* The activity table. Hand-aligned: clang-format counts bytes, not
 * characters, when aligning the backslashes of a macro with Cyrillic text. */
/* clang-format off */
#define ARG_IDS                                                                                    \
    {                                                                                              \
        .id = "ids", .kind = ADDIN_ARG_RANGE,                                                      \
        .name = { .en = "IDs", .ru = "Коды", .kk = "Кодтар", .az = "Kodlar" },                     \
        .help = {                                                                                  \
            .en = "A column with one activity ID per row (text or number, unique, case "           \
                  "ignored); a row left wholly empty is skipped",                                  \
            .ru = "Столбец с кодом работы в каждой строке (текст или число, без повторов, "        \
                  "регистр не важен); полностью пустая строка пропускается",                       \
            .kk = "Әр жолда бір жұмыс коды бар баған (мәтін немесе сан, қайталанбайды, "           \
                  "әріп регистрі ескерілмейді); толығымен бос жол өткізіліп жіберіледі",           \
            .az = "Hər sətirdə bir iş kodu olan sütun (mətn və ya ədəd, təkrarsız, hərflərin "     \
                  "böyük-kiçikliyi nəzərə alınmır); tamamilə boş sətir buraxılır",                 \
        },                                                                                         \
    }

#define ARG_DURATIONS                                                                              \
    {                                                                                              \
        .id = "durations", .kind = ADDIN_ARG_RANGE,                                                \
        .name = { .en = "Durations", .ru = "Длительности", .kk = "Ұзақтықтар",                     \
                  .az = "Müddətlər" },                                                             \
        .help = {                                                                                  \
            .en = "The duration of each activity in whole working days; 0 for a milestone",        \
            .ru = "Длительность каждой работы в целых рабочих днях; 0 для вехи",                   \
            .kk = "Әр жұмыстың ұзақтығы, бүтін жұмыс күндерімен; бақылау нүктесі үшін 0",         \
            .az = "Hər işin müddəti, tam iş günləri ilə; nəzarət nöqtəsi üçün 0",                  \
        },                                                                                         \
    }

#define ARG_PREDECESSORS                                                                           \
    {                                                                                              \
        .id = "predecessors", .kind = ADDIN_ARG_RANGE,                                             \
        .name = { .en = "Predecessors", .ru = "Предшественники", .kk = "Алдыңғылар",               \
                  .az = "Sələflər" },                                                              \
        .help = {                                                                                  \
            .en = "The predecessors of each activity, e.g. A10; B20FS+2; C5SS-1 (types FS, SS, "   \
                  "FF, SF, lags in working days); empty for none",                                 \
            .ru = "Предшественники каждой работы, например A10; B20FS+2; C5SS-1 (типы FS, SS, "    \
                  "FF, SF, задержки в рабочих днях); пусто, если их нет",                          \
            .kk = "Әр жұмыстың алдыңғылары, мысалы A10; B20FS+2; C5SS-1 (FS, SS, FF, SF "          \
                  "түрлері, кідірістер жұмыс күндерімен); жоқ болса, бос",                         \
            .az = "Hər işin sələfləri, məsələn A10; B20FS+2; C5SS-1 (FS, SS, FF, SF növləri, "     \
                  "gecikmələr iş günləri ilə); yoxdursa, boş",                                     \
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
                  "и признак критичности каждой работы сетевого графика со связями FS, SS, FF, "
                  "SF и задержками",
            .kk = "Критикалық жол әдісі: FS, SS, FF, SF байланыстары мен кідірістері бар "
                  "желілік кестенің әр жұмысының ерте және кеш мерзімдері, толық және еркін "
                  "қорлары және критикалық белгісі",
            .az = "Kritik yol metodu: FS, SS, FF və SF əlaqələri və gecikmələri olan şəbəkə "
                  "qrafikinin hər işinin erkən və gec tarixləri, tam və sərbəst ehtiyatları və "
                  "kritiklik əlaməti",
        },
        .result = {
            .en = "An array with one row per row of the table (blank rows stay blank) and the "
                  "columns listed in fields: ES, EF, LS, LF as dates when start is given, "
                  "otherwise as working-day offsets from 0; TF and FF in working days; CRIT 1 "
                  "on the critical path, else 0",
            .ru = "Массив со строкой на каждую строку таблицы (пустые строки остаются "
                  "пустыми) и столбцами из списка полей: ES, EF, LS, LF - даты, если задано "
                  "начало, иначе смещения в рабочих днях от 0; TF и FF в рабочих днях; CRIT - 1 "
                  "на критическом пути, иначе 0",
            .kk = "Кестенің әр жолына бір жолы бар және өрістер тізіміндегі бағандары бар "
                  "массив (бос жолдар бос қалады): ES, EF, LS, LF - басталуы берілсе күндер, "
                  "әйтпесе 0-ден бастап жұмыс күндерімен ығысулар; TF мен FF жұмыс "
                  "күндерімен; CRIT критикалық жолда 1, әйтпесе 0",
            .az = "Cədvəlin hər sətri üçün bir sətri və sahələr siyahısındakı sütunları olan "
                  "massiv (boş sətirlər boş qalır): ES, EF, LS, LF - başlanğıc verilibsə "
                  "tarixlər, əks halda 0-dan iş günləri ilə sürüşmələr; TF və FF iş günləri "
                  "ilə; CRIT kritik yolda 1, əks halda 0",
        },
        .errors = {
            .en = "Err:502 when the table is wrong (YARD.CHECK says why), fields names an "
                  "unknown or repeated column, the weekend mask or an exception is invalid, or "
                  "a date falls outside 1583-9999",
            .ru = "Err:502, если таблица неверна (YARD.CHECK объясняет почему), в полях "
                  "указан неизвестный или повторный столбец, маска выходных или исключение "
                  "неверны либо дата выходит за 1583-9999 годы",
            .kk = "Err:502 кесте қате болса (YARD.CHECK себебін түсіндіреді), өрістерде "
                  "белгісіз не қайталанған баған көрсетілсе, демалыс маскасы не ерекшелік қате "
                  "болса немесе күн 1583-9999 жылдардан тыс шықса",
            .az = "Err:502 cədvəl səhvdirsə (YARD.CHECK səbəbini izah edir), sahələrdə "
                  "naməlum və ya təkrarlanan sütun göstərilibsə, istirahət maskası və ya "
                  "istisna səhvdirsə, yaxud tarix 1583-9999 illərindən kənara çıxırsa",
        },
        .args = {
            ARG_IDS,
            ARG_DURATIONS,
            ARG_PREDECESSORS,
            {
                .id = "start", .kind = ADDIN_ARG_DATE, .optional = TRUE,
                .name = { .en = "Start", .ru = "Начало", .kk = "Басталуы", .az = "Başlanğıc" },
                .help = {
                    .en = "The project start date: working day 0 is the first working day on "
                          "or after it; without it the dates are working-day offsets",
                    .ru = "Дата начала проекта: рабочий день 0 - первый рабочий день начиная "
                          "с неё; без неё сроки - смещения в рабочих днях",
                    .kk = "Жобаның басталу күні: 0-жұмыс күні - осы күннен бастап алғашқы "
                          "жұмыс күні; онсыз мерзімдер жұмыс күндерімен ығысулар болады",
                    .az = "Layihənin başlanğıc tarixi: 0-cı iş günü ondan başlayaraq ilk iş "
                          "günüdür; onsuz tarixlər iş günləri ilə sürüşmələrdir",
                },
            },
            ADDIN_ARG_WEEKEND,
            ADDIN_ARG_EXCEPTIONS,
            {
                .id = "fields", .kind = ADDIN_ARG_TEXT, .optional = TRUE,
                .name = { .en = "Fields", .ru = "Поля", .kk = "Өрістер", .az = "Sahələr" },
                .help = {
                    .en = "The result columns from ES, EF, LS, LF, TF, FF, CRIT in the order "
                          "wanted, separated by ; or ,; default all seven",
                    .ru = "Столбцы результата из ES, EF, LS, LF, TF, FF, CRIT в нужном "
                          "порядке через ; или ,; по умолчанию все семь",
                    .kk = "Нәтиже бағандары ES, EF, LS, LF, TF, FF, CRIT ішінен, керекті ретпен, "
                          "; немесе , арқылы; әдепкісі барлық жетеуі",
                    .az = "ES, EF, LS, LF, TF, FF, CRIT-dən nəticə sütunları, istənilən "
                          "ardıcıllıqla, ; və ya , ilə ayrılmış; susmaya görə hər yeddisi",
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
            .ru = "Проверяет таблицу работ: OK или одно предложение о первой ошибке и её "
                  "строке (повтор кода, неизвестный предшественник, нечитаемая связь, неверная "
                  "длительность, цикл зависимостей)",
            .kk = "Жұмыстар кестесін тексереді: OK немесе бірінші қатені және оның жолын "
                  "атайтын бір сөйлем (қайталанған код, белгісіз алдыңғы жұмыс, оқылмайтын "
                  "байланыс, қате ұзақтық, тәуелділік циклі)",
            .az = "İşlər cədvəlini yoxlayır: OK və ya ilk problemi və onun sətrini adlandıran "
                  "bir cümlə (təkrarlanan kod, naməlum sələf, oxunmayan əlaqə, səhv müddət, "
                  "asılılıq dövrü)",
        },
        .result = {
            .en = "One text: OK, or the problem in English",
            .ru = "Один текст: OK или описание ошибки на английском",
            .kk = "Бір мәтін: OK немесе қатенің ағылшынша сипаттамасы",
            .az = "Bir mətn: OK və ya problemin ingiliscə təsviri",
        },
        .errors = {
            .en = "None: every problem of the table is the text itself",
            .ru = "Нет: любая ошибка таблицы возвращается как текст",
            .kk = "Жоқ: кестенің кез келген қатесі мәтін ретінде қайтарылады",
            .az = "Yoxdur: cədvəlin hər problemi mətn kimi qaytarılır",
        },
        .args = {
            ARG_IDS,
            ARG_DURATIONS,
            ARG_PREDECESSORS,
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
