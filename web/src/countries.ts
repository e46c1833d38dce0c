/**
 * Countries by their ISO 3166-1 alpha-3 code (how the register keeps a nationality, `ECU`), named
 * in the user's language by the browser (`Intl.DisplayNames`, which takes alpha-2 codes).
 */

// ISO 3166-1: alpha-3 → alpha-2, every officially assigned code.
const ALPHA2 = new Map(
  (
    'AFG AF,ALA AX,ALB AL,DZA DZ,ASM AS,AND AD,AGO AO,AIA AI,ATA AQ,ATG AG,ARG AR,ARM AM,ABW AW,AUS AU,AUT AT,AZE AZ,' +
    'BHS BS,BHR BH,BGD BD,BRB BB,BLR BY,BEL BE,BLZ BZ,BEN BJ,BMU BM,BTN BT,BOL BO,BES BQ,BIH BA,BWA BW,BVT BV,BRA BR,' +
    'IOT IO,BRN BN,BGR BG,BFA BF,BDI BI,CPV CV,KHM KH,CMR CM,CAN CA,CYM KY,CAF CF,TCD TD,CHL CL,CHN CN,CXR CX,CCK CC,' +
    'COL CO,COM KM,COG CG,COD CD,COK CK,CRI CR,CIV CI,HRV HR,CUB CU,CUW CW,CYP CY,CZE CZ,DNK DK,DJI DJ,DMA DM,DOM DO,' +
    'ECU EC,EGY EG,SLV SV,GNQ GQ,ERI ER,EST EE,SWZ SZ,ETH ET,FLK FK,FRO FO,FJI FJ,FIN FI,FRA FR,GUF GF,PYF PF,ATF TF,' +
    'GAB GA,GMB GM,GEO GE,DEU DE,GHA GH,GIB GI,GRC GR,GRL GL,GRD GD,GLP GP,GUM GU,GTM GT,GGY GG,GIN GN,GNB GW,GUY GY,' +
    'HTI HT,HMD HM,VAT VA,HND HN,HKG HK,HUN HU,ISL IS,IND IN,IDN ID,IRN IR,IRQ IQ,IRL IE,IMN IM,ISR IL,ITA IT,JAM JM,' +
    'JPN JP,JEY JE,JOR JO,KAZ KZ,KEN KE,KIR KI,PRK KP,KOR KR,KWT KW,KGZ KG,LAO LA,LVA LV,LBN LB,LSO LS,LBR LR,LBY LY,' +
    'LIE LI,LTU LT,LUX LU,MAC MO,MDG MG,MWI MW,MYS MY,MDV MV,MLI ML,MLT MT,MHL MH,MTQ MQ,MRT MR,MUS MU,MYT YT,MEX MX,' +
    'FSM FM,MDA MD,MCO MC,MNG MN,MNE ME,MSR MS,MAR MA,MOZ MZ,MMR MM,NAM NA,NRU NR,NPL NP,NLD NL,NCL NC,NZL NZ,NIC NI,' +
    'NER NE,NGA NG,NIU NU,NFK NF,MKD MK,MNP MP,NOR NO,OMN OM,PAK PK,PLW PW,PSE PS,PAN PA,PNG PG,PRY PY,PER PE,PHL PH,' +
    'PCN PN,POL PL,PRT PT,PRI PR,QAT QA,REU RE,ROU RO,RUS RU,RWA RW,BLM BL,SHN SH,KNA KN,LCA LC,MAF MF,SPM PM,VCT VC,' +
    'WSM WS,SMR SM,STP ST,SAU SA,SEN SN,SRB RS,SYC SC,SLE SL,SGP SG,SXM SX,SVK SK,SVN SI,SLB SB,SOM SO,ZAF ZA,SGS GS,' +
    'SSD SS,ESP ES,LKA LK,SDN SD,SUR SR,SJM SJ,SWE SE,CHE CH,SYR SY,TWN TW,TJK TJ,TZA TZ,THA TH,TLS TL,TGO TG,TKL TK,' +
    'TON TO,TTO TT,TUN TN,TUR TR,TKM TM,TCA TC,TUV TV,UGA UG,UKR UA,ARE AE,GBR GB,USA US,UMI UM,URY UY,UZB UZ,VUT VU,' +
    'VEN VE,VNM VN,VGB VG,VIR VI,WLF WF,ESH EH,YEM YE,ZMB ZM,ZWE ZW,XKX XK'
  )
    .split(',')
    .map((pair) => pair.split(' ') as [string, string]),
);

const names = new Map<string, Intl.DisplayNames | null>();

function displayNames(language: string): Intl.DisplayNames | null {
  if (!names.has(language)) {
    try {
      names.set(language, new Intl.DisplayNames([language], { type: 'region', fallback: 'none' }));
    } catch {
      names.set(language, null);
    }
  }
  return names.get(language) ?? null;
}

/** The alpha-2 code of an alpha-3 one (`ECU` → `EC`), or undefined for a code ISO does not assign. */
export function alpha2Of(alpha3: string): string | undefined {
  return ALPHA2.get(alpha3.toUpperCase());
}

/** A country's name in the language (`ECU` → «Ecuador»); the code itself when it has none. */
export function countryName(alpha3: string, language: string): string {
  const alpha2 = alpha2Of(alpha3);
  return (alpha2 && displayNames(language)?.of(alpha2)) || alpha3;
}

/** Every country, named in the language and sorted as read there: for choosing a nationality. */
export function countryChoices(language: string): { value: string; label: string }[] {
  const collator = new Intl.Collator(language);
  return [...ALPHA2.keys()].map((code) => ({ value: code, label: countryName(code, language) })).sort((a, b) => collator.compare(a.label, b.label));
}
