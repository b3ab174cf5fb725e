import * as z from 'zod';

/**
 * The roadmap format as zod schemas. Descriptions are Russian: they become the hover help of the JSON Schema
 * in `schemas/roadmap.schema.json` (see `npm run schema`).
 */

const text = (description: string) => z.string().min(1).describe(description);

const richText = (description: string) =>
  z
    .union([z.string(), z.array(z.string())])
    .describe(
      `${description} Строка (абзацы — отдельными строками, пункты списка начинаются с «- ») или список строк.`,
    );

const lines = (description: string) => z.union([z.string(), z.array(z.string())]).describe(description);

export const ID_PATTERN = /^[a-z0-9][a-z0-9_-]*$/;
const slug = (description: string) =>
  z.string().regex(ID_PATTERN, { message: 'только строчные латинские буквы, цифры, «-» и «_»' }).describe(description);

export const ItemSchema = z
  .strictObject({
    id: slug(
      'Постоянный идентификатор мероприятия (латиница): UID события календаря не изменится при смене названия.',
    ).optional(),
    number: z
      .string()
      .describe('Номер, если документ нумерует не по порядку. Пишите в кавычках: "1.10" (иначе YAML прочтёт 1.1).')
      .optional(),
    title: richText('Наименование мероприятия.'),
    when: text(
      'Срок — ровно как в документе: «Сентябрь ежегодно», «Март-апрель 2023», «Ежеквартально». Можно не указывать только у пункта с подпунктами.',
    ).optional(),
    indicator: richText('Индикативный показатель / ожидаемый результат.').optional(),
    executors: lines('Исполнители: id из справочника executors или свободный текст; строка или список.').optional(),
    note: z.string().describe('Примечание: в документ не попадает, видно в трекере и календаре.').optional(),
    get items(): z.ZodOptional<z.ZodArray<typeof ItemSchema>> {
      return z.array(ItemSchema).describe('Подпункты (3.1, 3.2 …).').optional();
    },
  })
  .describe('Мероприятие дорожной карты.');

export const SectionSchema = z
  .strictObject({
    title: text('Название направления: «Направление «…»».'),
    items: z.array(ItemSchema).describe('Мероприятия направления.'),
  })
  .describe('Направление (раздел) дорожной карты.');

const isoDate = (description: string) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'дата в виде ГГГГ-ММ-ДД' })
    .describe(description);

const PeriodSchema = z
  .union([
    z.string().describe('«2023», «2020-2022» или учебный год «2023/2024».'),
    z.strictObject({
      start: isoDate('Первый день периода, ГГГГ-ММ-ДД.'),
      end: isoDate('Последний день периода, ГГГГ-ММ-ДД.'),
    }),
  ])
  .describe('Период действия дорожной карты: «2023», «2020-2022», «2023/2024» или {start, end}.');

export const ApprovalSchema = z
  .strictObject({
    label: z.string().describe('Гриф: «УТВЕРЖДЕНА», «УТВЕРЖДАЮ» … По умолчанию «УТВЕРЖДЕНА».').optional(),
    by: lines('Кем / каким документом утверждена: строка или несколько строк.').optional(),
    date: isoDate('Дата утверждения, ГГГГ-ММ-ДД.').optional(),
    number: z.string().describe('Номер приказа (распоряжения).').optional(),
    signature: z.string().describe('Подпись: «И.И. Иванова» (для «УТВЕРЖДАЮ»).').optional(),
  })
  .describe(
    'Гриф утверждения в правом верхнем углу документа. С `signature` — по ГОСТ Р 7.0.97: «УТВЕРЖДАЮ», должность, подпись, дата; без неё — «УТВЕРЖДЕНА приказом … от … № …».',
  );

// #18: СОГЛАСОВАНО, signatures after the table, «Исполнитель».
export const AgreedSchema = z
  .strictObject({
    label: z.string().describe('Гриф: по умолчанию «СОГЛАСОВАНО».').optional(),
    by: lines('Должность согласующего (или протокол, письмо): строка или несколько строк.').optional(),
    signature: z.string().describe('Подпись: «П.П. Петров».').optional(),
    date: isoDate('Дата согласования, ГГГГ-ММ-ДД.').optional(),
    number: z.string().describe('Номер протокола или письма, если согласовано документом.').optional(),
  })
  .describe('Гриф согласования «СОГЛАСОВАНО».');

export const SignatureSchema = z
  .strictObject({
    position: lines('Должность: «Начальник управления образования», строка или несколько строк.'),
    name: text('Инициалы и фамилия: «И.И. Иванова».'),
  })
  .describe('Подпись после таблицы: должность ______ И.О. Фамилия.');

export const PreparedBySchema = z
  .strictObject({
    name: text('Фамилия, имя, отчество исполнителя документа.'),
    phone: z.string().describe('Телефон: «8 (84143) 4-12-34».').optional(),
  })
  .describe('Отметка об исполнителе в конце документа: «Исполнитель: ФИО, тел.».');

export const RoadmapSchema = z
  .strictObject({
    id: slug('Идентификатор дорожной карты (латиница): имя выходных файлов и основа UID календаря.'),
    title: text('Заголовок: «Дорожная карта по реализации …».'),
    subtitle: lines('Подзаголовок: строка или несколько строк.').optional(),
    issuer: lines('Кто издаёт: «Управление образования администрации …», строка или несколько строк.').optional(),
    period: PeriodSchema,
    approval: ApprovalSchema.optional(),
    agreed: z
      .union([AgreedSchema, z.array(AgreedSchema)])
      .describe('Гриф «СОГЛАСОВАНО»: один или список.')
      .optional(),
    agreedPlacement: z
      .enum(['left', 'below'])
      .describe('Где грифы «СОГЛАСОВАНО»: left — слева от грифа утверждения (по умолчанию), below — под ним.')
      .optional(),
    signatures: z.array(SignatureSchema).describe('Подписи после таблицы (и в отчёте).').optional(),
    preparedBy: PreparedBySchema.optional(),
    template: z.string().describe('Макет документа из templates/: msoko, 500plus, classic.').optional(),
    numbering: z
      .enum(['per-section', 'continuous'])
      .describe('Нумерация: per-section — в каждом направлении с 1 (по умолчанию), continuous — сквозная.')
      .optional(),
    executors: z
      .record(
        z.string().regex(ID_PATTERN),
        z.union([
          z.string().min(1),
          // #18: how the name reads inside a list, when the usual rule (lower case after a comma) is wrong.
          z.strictObject({
            name: text('Полное название: «Отдел образования».'),
            inList: text('Как название пишется в перечне после запятой: «отдел образования».').optional(),
          }),
        ]),
      )
      .describe('Справочник исполнителей: короткий id → полное название (или {name, inList}).')
      .optional(),
    sections: z.array(SectionSchema).describe('Направления с мероприятиями.').optional(),
    items: z.array(ItemSchema).describe('Мероприятия без направлений (вместо sections).').optional(),
  })
  .describe('Дорожная карта.');

export type RoadmapInput = z.infer<typeof RoadmapSchema>;
export type ItemInput = z.infer<typeof ItemSchema>;
