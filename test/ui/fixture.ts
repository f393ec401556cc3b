import { loadDataset } from '../../src/data/load-dataset.ts';
import type { Dataset } from '../../src/data/types.ts';

const plans = `id,title_zh,title_en,short_zh,short_en,issuer,issued,period,source_file,notes
a,甲计划,Plan A,甲,A,广州市人民政府,2018-09-14,2018-2020,a.txt,
b,乙计划,Plan B,乙,B,广州市人民政府,,2019-2021,b.txt,draft
`;
const indicators = `id,name_zh,name_en,unit,kind,lower_bound,upper_bound,definition,definition_zh,action_area,focal,measure_zh
firms,企业数,Firms,count,count,0,,Certified firms,认定企业,enterprises,yes,家
share,强度,Intensity,percent,share,0,100,Spending / GDP,经费除以GDP,rd_input,yes,
`;
const targets = `plan_id,source_file,indicator_id,region,year,value,unit,comparator,kind,value_text,clause_zh,note
a,a.txt,firms,gz,2019,11000,count,>=,annual,1.1万家,企业1.1万家,
b,b.txt,firms,gz,2019,11400,count,>=,annual,1.14万家,企业1.14万家,
b,b.txt,firms,gz,2021,13000,count,>=,end,1.3万家,企业1.3万家,
a,a.txt,share,gz,2020,3,percent,>=,end,3%,强度3%,
a,a.txt,share,gz,2020,20,percent,<=,policy_parameter,20%,补贴不超过20%,
`;
// 2014–2016 final, 2017 missing (a gap), 2018 preliminary, 2019 lower bound, 2020 rounded.
const actuals = `indicator_id,region,year,value,unit,quality,source_publisher,source_title,source_url,source_quote,note
firms,gz,2014,4000,count,final,局,公报,https://example.org/1,4000家,
firms,gz,2015,5000,count,final,局,公报,https://example.org/1,5000家,
firms,gz,2016,6000,count,final,局,公报,https://example.org/1,6000家,
firms,gz,2018,9000,count,preliminary,局,快报,https://example.org/2,9000家,
firms,gz,2019,11200,count,lower_bound,局,报告,https://example.org/3,超过11200家,
firms,gz,2019,11100,count,lower_bound,报社,新闻,https://example.org/4,超过11100家,
firms,gz,2020,12000,count,rounded,局,报告,https://example.org/5,1.2万家,
share,gz,2020,3.1,percent,final,局,年鉴,https://example.org/6,3.10,
`;

/** A small dataset with one case of everything the notebook must handle. */
export function fixtureDataset(): Dataset {
  return loadDataset({ plans, indicators, targets, actuals });
}
