/**
 * Names yearbooks and bulletins use for catalogue indicators that no spelling rule would find.
 * Each alias must mean exactly the catalogue definition (see seeds/indicators.csv); a name that only
 * resembles one is left unmatched rather than guessed.
 *
 * 技术合同成交额 without 登记 goes to `tech_contract_value_unspecified`, whose definition is exactly a
 * figure that does not say whether it is registered, outbound or inbound; the preview shows the
 * match so the user can rename the row to 登记技术合同成交额 if that is what their source says.
 */
export const INDICATOR_ALIASES: Readonly<Record<string, readonly string[]>> = {
  rd_gdp_ratio: [
    '研究与试验发展经费支出占地区生产总值比重',
    'R&D经费投入强度',
    'R&D经费内部支出占GDP比重',
    '研发投入强度',
    'R&D/GDP',
  ],
  // looseKey reads R&D, 研发 and 研究与试验发展 alike, so their R&D spellings need no entry of their own.
  rd_expenditure: ['研究与试验发展经费支出', '全社会研发经费支出'],
  tech_contract_value: ['技术合同登记成交额', '登记的技术合同成交额'],
  tech_contract_value_unspecified: ['技术合同成交额'],
  hightech_enterprises: ['国家高新技术企业数', '高新技术企业', '高企数量'],
  invention_patents_per_10k: ['每万人口发明专利拥有量'],
};
