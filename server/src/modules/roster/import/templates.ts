import ExcelJS from 'exceljs';
import type { ImportKind } from './check-import';
import { DEPUTY_COLUMNS } from './deputy-rows';
import type { ColumnSpec } from './table-columns';
import { UNIT_COLUMNS } from './unit-rows';

export type TemplateFormat = 'xlsx' | 'csv';

export interface TemplateFile {
  filename: string;
  contentType: string;
  body: Buffer;
}

interface TemplateSpec {
  title: string;
  sheet: string;
  columns: readonly ColumnSpec[];
  example: Record<string, string>;
  /** drop-down choices by field */
  choices: Record<string, string[]>;
  /** columns kept as text, so Excel leaves leading zeros and long digits alone */
  textFields: string[];
}

const SPECS: Record<ImportKind, TemplateSpec> = {
  deputies: {
    title: '代表名册导入模板',
    sheet: '代表',
    columns: DEPUTY_COLUMNS,
    example: {
      name: '张三',
      gender: '男',
      ethnicity: '汉族',
      birthDate: '1970-01-02',
      delegation: '第一代表团',
      constituency: '城关镇第一选区',
      occupation: '城关镇人民政府镇长',
      party: '中国共产党',
      status: '在任',
      phone: '13800000000',
      email: 'zhangsan@example.com',
      address: '某某县人民路 1 号',
      cardCode: '001',
    },
    choices: { gender: ['男', '女'], status: ['在任', '辞职', '罢免', '去世', '任期届满', '暂停执行职务'] },
    textFields: ['birthDate', 'phone', 'cardCode'],
  },
  units: {
    title: '单位名录导入模板',
    sheet: '单位',
    columns: UNIT_COLUMNS,
    example: {
      name: '某某县人民政府办公室',
      shortName: '县政府办',
      kind: '政府部门',
      contactPerson: '李四',
      phone: '0000-1234567',
      address: '某某县人民路 1 号',
    },
    choices: {
      kind: [
        '政府',
        '政府部门',
        '监察委员会',
        '人民法院',
        '人民检察院',
        '专门委员会',
        '人大工作机构',
        '代表联络站',
        '其他',
      ],
    },
    textFields: ['phone'],
  },
};

const headerOf = (spec: TemplateSpec) => spec.columns.map((c) => c.labels[0] ?? c.field);
const exampleOf = (spec: TemplateSpec) => spec.columns.map((c) => spec.example[c.field] ?? '');

/** exceljs accepts a whole range here at run time, though its typings only expose per-cell validation. */
const rangeValidations = (sheet: ExcelJS.Worksheet) =>
  (sheet as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } })
    .dataValidations;

const csvField = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);

/** The import template: Chinese headers and one example row, as .xlsx (with drop-downs) or UTF-8 .csv with BOM. */
export async function importTemplate(kind: ImportKind, format: TemplateFormat): Promise<TemplateFile> {
  const spec = SPECS[kind];
  if (format === 'csv') {
    const lines = [headerOf(spec), exampleOf(spec)].map((cells) => cells.map(csvField).join(','));
    return {
      filename: `${spec.title}.csv`,
      contentType: 'text/csv; charset=utf-8',
      body: Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8'),
    };
  }
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(spec.sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  spec.columns.forEach((c, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = Math.max(10, (spec.example[c.field] ?? '').length * 2 + 4);
    if (spec.textFields.includes(c.field)) column.numFmt = '@';
    const choices = spec.choices[c.field];
    if (choices) {
      const letter = column.letter;
      rangeValidations(sheet).add(`${letter}2:${letter}10001`, {
        type: 'list',
        allowBlank: !c.required,
        formulae: [`"${choices.join(',')}"`],
        showErrorMessage: true,
        errorTitle: '取值无效',
        error: `请选择：${choices.join('、')}`,
      });
    }
  });
  const header = sheet.addRow(headerOf(spec));
  header.font = { bold: true };
  sheet.addRow(exampleOf(spec));
  const body = Buffer.from(await workbook.xlsx.writeBuffer());
  return {
    filename: `${spec.title}.xlsx`,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    body,
  };
}
