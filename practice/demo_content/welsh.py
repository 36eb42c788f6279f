"""Welsh translations of some of the demo practice (issue #7): four case studies
and four "what works / what didn't" posts. The rest is deliberately left
untranslated, so /cy/ shows both a translated page and the English fallback.

Keyed by the English page's slug. Each entry has the shape of its English
row: a case study's "what_we_did" has as many paragraphs, and its
"key_figure" and "quote" give the struct block fields to translate (a
figure left out keeps the English); a post's "body" has one paragraph per
English paragraph. Names of people and schools stay as they are. Pure data.
"""

WELSH_PRACTICE = {
    # --- case studies ---
    "peer-review-triads-instead-of-mock-inspections": {
        "title": "Triawdau adolygu gan gymheiriaid yn lle ffug arolygiadau",
        "summary": "Rhoesom y gorau i gomisiynu ffug arolygiadau allanol a sefydlu triawdau adolygu gan gymheiriaid o uwch arweinwyr ein tair ysgol, yn gweithio ar gwestiwn ymholi y mae pob ysgol yn ei ddewis. Mae arweinwyr yn dweud eu bod yn dysgu mwy; mae'r dystiolaeth ei fod yn newid canlyniadau yn dal yn denau.",
        "context": "Ymddiriedolaeth fach yw Northern Lights, gyda thair ysgol wahanol iawn: ysgol gynradd dau ddosbarth mynediad, ysgol uwchradd 11-16 a darpariaeth amgen. Tan 2023 roedd pob ysgol yn cael ffug arolygiad allanol bob blwyddyn, wedi'i brynu i mewn am tua £2,500 y dydd.",
        "challenge": "Roedd y ffug arolygiadau'n rhoi barn wedi'i graddio a rhestr hir o gamau gweithredu, ond dywedodd y penaethiaid wrthym eu bod gan amlaf yn cadarnhau'r hyn yr oeddent yn ei wybod eisoes ac yn creu pryder ymhlith y staff. Gan fod y tair ysgol mor wahanol, roeddem hefyd yn amau a oedd un rhestr wirio yn addas i bob un ohonynt. Roedd yr ymddiriedolaeth eisiau ffordd o adnabod ei hysgolion a fyddai'n meithrin gallu arwain yn hytrach na dim ond ei archwilio.",
        "what_we_did": [
            "Erbyn hyn mae pob ysgol yn croesawu un adolygiad gan gymheiriaid y flwyddyn, dan arweiniad triawd: uwch arweinydd o'r naill a'r llall o'r ddwy ysgol arall, ac arweinydd gwella ysgolion yr ymddiriedolaeth, sy'n gyn-Arweinydd Addysg Cenedlaethol. Cyn yr ymweliad mae pennaeth yr ysgol sy'n croesawu'r adolygiad yn gosod cwestiwn ymholi, er enghraifft 'Pa mor gyson yr ydym yn addasu'r addysgu ar gyfer disgyblion ag anghenion addysgol arbennig mewn pynciau sylfaen?'",
            "Mae'r adolygwyr yn treulio diwrnod a hanner yn yr ysgol, yn bennaf mewn gwersi, yn siarad â disgyblion ac yn edrych ar eu gwaith, ac yna'n cynnal sgwrs adborth gyda'r pennaeth. Does dim gradd. Dwy dudalen yw'r cofnod ysgrifenedig: beth a welsom, beth a wnaeth inni holi, a beth fydd yr ysgol yn ei wneud nesaf.",
            "Cafodd yr holl adolygwyr ddau ddiwrnod o hyfforddiant adolygu gan gymheiriaid gyda'i gilydd, ac rydym yn ailedrych ar y protocol gyda'r penaethiaid bob haf.",
        ],
        "impact": "Dros ddwy flynedd rydym wedi cynnal chwe adolygiad. Barnodd pob pennaeth a groesawodd adolygiad fod y broses yn fwy defnyddiol na'r ffug arolygiad blaenorol, a dywedodd naw o'r deuddeg uwch arweinydd a fu'n adolygwyr eu bod wedi mynd â syniad yn ôl i'w hysgol eu hunain. Mae'r ymddiriedolaeth yn arbed tua £12,000 y flwyddyn mewn ffioedd allanol. Ni allwn ddangos bod canlyniadau disgyblion wedi newid o ganlyniad, ac mae ymddiriedolaeth fach sy'n ei hadolygu ei hun mewn perygl o fynd yn rhy gyfforddus; erbyn hyn rydym yn partneru ag ymddiriedolaeth arall ar gyfer un adolygiad o bob tri.",
        "differently": "Yn y flwyddyn gyntaf roedd rhai cwestiynau ymholi mor eang ('A yw ymddygiad yn dda?') nes i'r adolygiadau golli eu ffocws. Erbyn hyn rydym yn gofyn i'r ysgol sy'n croesawu'r adolygiad gytuno ar y cwestiwn gyda'r triawd fis ymlaen llaw. Byddem hefyd wedi cynnwys arweinwyr canol fel adolygwyr yn gynt.",
        "cost_and_time": "Tua 18 diwrnod o amser uwch arweinwyr y flwyddyn, wedi'i wrthbwyso gan arbediad o tua £12,000 ar adolygiadau allanol.",
        "key_figure": {
            "label": "adolygiad gan gymheiriaid mewn dwy flynedd, heb radd i'r un ohonynt"
        },
        "quote": {
            "text": "Dysgais fwy am fy ysgol fy hun gan dri chydweithiwr yn gofyn cwestiynau da nag o unrhyw ymweliad wedi'i raddio.",
            "attribution": "Pennaeth, ysgol a groesawodd adolygiad",
        },
    },
    "one-phonics-programme-across-three-severn-vale-primaries": {
        "title": "Tair ysgol gynradd, un rhaglen ffoneg: cysoni darllen cynnar yng Nghaerloyw",
        "summary": "Roedd ein tair ysgol gynradd yn defnyddio dau gynllun ffoneg a llawer o ddeunyddiau ychwanegol cartref. Symudon ni i un rhaglen ddilysedig, hyfforddi pob oedolyn sy'n addysgu darllen ac ychwanegu gwiriadau bob pythefnos. Cododd canlyniadau'r gwiriad sgrinio ffoneg, ond nid yn gyfartal.",
        "context": "Mae gan Severn Vale Primary Academy a Tewkesbury Road Academy ddau ddosbarth mynediad; un dosbarth mynediad sydd gan St Mary's CE Primary, Gloucester. Mae gan y tair ohonynt ddosbarthiadau Derbyn. Roedd staff a symudai rhwng yr ysgolion yn gweld trefn wahanol i'r seiniau, termau gwahanol a llyfrau dadgodadwy gwahanol ym mhob un.",
        "challenge": "Yn 2023 roedd cyfraddau llwyddo gwiriad sgrinio ffoneg Blwyddyn 1 yn 71%, 78% a 66%, o'u cymharu â ffigur cenedlaethol o tua 79%. Cynorthwywyr addysgu oedd yn cynnal y rhan fwyaf o'r grwpiau dal i fyny, heb fawr o hyfforddiant, ac yn aml roedd y grwpiau hynny'n defnyddio rhaglen wahanol i'r un a ddefnyddid yn y dosbarth, felly y disgyblion a oedd bellaf ar ei hôl hi oedd yn cael yr addysgu lleiaf cyson.",
        "what_we_did": [
            "Cytunodd y tri phennaeth i fabwysiadu un rhaglen ffoneg synthetig systematig ddilysedig o fis Medi 2023 ymlaen, gyda'r ymddiriedolaeth yn talu rhan o'r gost yn ganolog. Amara Okafor, arweinydd darllen cynnar yr ymddiriedolaeth a chyn-Arweinydd Addysg Arbenigol, a arweiniodd y gwaith.",
            "Cafodd pob oedolyn sy'n addysgu darllen, neu'n gwrando ar blant yn darllen, ei hyfforddi yn y rhaglen, gan gynnwys 23 o gynorthwywyr addysgu. Erbyn hyn mae'r grwpiau dal i fyny yn defnyddio'r un seiniau, arferion ac adnoddau â'r prif wersi.",
            "Caiff plant yn y dosbarth Derbyn ac ym Mlwyddyn 1 eu hasesu bob pythefnos, ac mae unrhyw blentyn sy'n llithro ar ei hôl hi yn cael sesiwn dal i fyny 10 munud yr un diwrnod. Bob hanner tymor ymunodd Amara ag arweinydd darllen pob ysgol ar gyfer ymweliadau byr, gan ganolbwyntio ar un cwestiwn: a yw'r llyfrau y mae plant yn mynd â nhw adref yn cyfateb i'r seiniau a ddysgwyd iddynt?",
        ],
        "impact": "Yn 2024 roedd y cyfraddau llwyddo yn 82%, 84% a 71%. Tewkesbury Road a welodd y gwelliant lleiaf: roedd 18% o'i charfan Blwyddyn 1 wedi ymuno ar ôl y dosbarth Derbyn, a bu ei harweinydd darllen yn absennol am dymor. Yn ymweliadau gwanwyn 2023, roedd tua hanner y llyfrau a samplwyd yn cyfateb i'r seiniau yr oedd y disgyblion yn eu gwybod; erbyn haf 2024 roedd bron pob un yn gwneud hynny. Ni allwn wahanu effaith y rhaglen oddi wrth effaith hyfforddiant gwell, a chyda charfanau o 30 i 60 o ddisgyblion bydd y canlyniadau'n amrywio o flwyddyn i flwyddyn beth bynnag a wnawn.",
        "differently": "Bu inni amcangyfrif cost llyfrau dadgodadwy tua £5,000 yn rhy isel, a bu'n rhaid i Tewkesbury Road eu prynu fesul cam. Byddem yn cyllidebu'n iawn ar gyfer llyfrau o'r dechrau, a byddem yn hyfforddi staff amser cinio a darllenwyr gwirfoddol o'r diwrnod cyntaf yn hytrach nag yn yr ail dymor.",
        "cost_and_time": "Tua £19,000 am drwyddedau, hyfforddiant a llyfrau dadgodadwy ar draws tair ysgol, ynghyd â dau ddiwrnod HMS",
        "key_figure": {
            "label": "cyfradd llwyddo gwiriad ffoneg Blwyddyn 1, cyfartaledd heb ei bwysoli ar draws tair ysgol"
        },
        "quote": {
            "text": "Nid y cynllun oedd y newid mwyaf. Y newid mwyaf oedd bod y cynorthwywyr addysgu o'r diwedd wedi'u hyfforddi yn yr un peth ag yr oedd yr athrawon yn ei wneud.",
            "attribution": "Arweinydd darllen, St Mary's CE Primary, Gloucester",
        },
    },
    "bilingual-teaching-and-welsh-immersion-in-the-dyfi-valley": {
        "title": "Dwy iaith, un ystafell ddosbarth: trochi yn y Gymraeg a gwyddoniaeth ddwyieithog yn Nyffryn Dyfi",
        "summary": "Mae teuluoedd sy'n symud i Ddyffryn Dyfi yn aml yn dod â phlant heb ddim Cymraeg. Cynhaliom raglen drochi fer yn Ysgol Dyfi a chynllunio addysgu gwyddoniaeth dwyieithog yn Ysgol Uwchradd Aberdyfi, er mwyn i'r disgyblion barhau i ddysgu wrth iddynt ddysgu'r iaith.",
        "context": "Ysgol pob oed cyfrwng Cymraeg i ddisgyblion 3 i 16 oed yw Ysgol Dyfi, ac ysgol uwchradd ddwyieithog yw Ysgol Uwchradd Aberdyfi. Mae tua 30% o'r disgyblion ar draws y bartneriaeth yn dod o gartrefi Cymraeg eu hiaith. Mae mwy o deuluoedd wedi symud i'r dyffryn ers 2020, a llawer ohonynt heb ddim Cymraeg.",
        "challenge": "Yn 2023-24 ymunodd 19 o ddisgyblion heb fawr ddim Cymraeg, neu ddim o gwbl, ag Ysgol Dyfi yng Nghyfnod Allweddol 2 neu ym Mlwyddyn 7. Mae'r ganolfan iaith agosaf 40 munud i ffwrdd ac yn rhedeg yn rhan-amser, felly dewisodd rhai teuluoedd ysgolion cyfrwng Saesneg yn lle hynny, a bu rhai o'r plant a arhosodd yn cael trafferth am fisoedd. Mewn gwyddoniaeth uwchradd, roedd geirfa dechnegol yn rhwystr dwbl i ddisgyblion yr oedd eu Cymraeg yn dal i ddatblygu, a llai ohonynt yn dewis sefyll eu harholiadau TGAU yn Gymraeg.",
        "what_we_did": [
            "Sefydlodd Sian Pritchard, ein hymarferydd arweiniol ar gyfer y Gymraeg, grŵp trochi 10 wythnos. Mae'r newydd-ddyfodiaid yn treulio pedwar bore'r wythnos yn Ysgol Dyfi yn dysgu iaith y dosbarth a phatrymau brawddeg cyffredin, ac yna'n ymuno â'u dosbarth eu hunain yn y prynhawn gyda chyfaill. Mae rhieni'n cael ymadroddion newydd bob wythnos a gwahoddiad i ddosbarth nos am ddim.",
            "Yn Ysgol Uwchradd Aberdyfi, arweiniodd Elin Hughes (pennaeth gwyddoniaeth a chyn-Arweinydd Addysg Arbenigol) yr adran mewn trawsieithu wedi'i gynllunio. Mae disgyblion yn dod ar draws deunydd newydd mewn un iaith ac yn ei drafod neu'n ysgrifennu amdano yn y llall, gan ddefnyddio geirfaon dwyieithog a ysgrifennwyd ar gyfer pob pwnc. Caiff termau allweddol eu haddysgu yn y ddwy iaith.",
            "Cwblhaodd dau gynorthwyydd addysgu gwrs sabothol Cymraeg wedi'i ariannu, ac roedd cyfarfodydd staff yn cynnwys sesiynau byr ar fodelu iaith ym mhob pwnc, nid yn y Gymraeg yn unig.",
        ],
        "impact": "Flwyddyn yn ddiweddarach, roedd 17 o'r 19 newydd-ddyfodiad yn dal mewn addysg cyfrwng Cymraeg. Erbyn diwedd eu hail dymor, barnodd athrawon dosbarth fod 15 ohonynt yn gallu dilyn arferion y dosbarth a chyfrannu yn Gymraeg. Cododd cyfran disgyblion Blwyddyn 10 a ddewisodd sefyll TGAU gwyddoniaeth yn Gymraeg o 41% i 55%. Mae'r niferoedd yn fach ac nid oes grŵp cymharu. Roedd y trochi'n tynnu disgyblion allan o rai gwersi, a holodd rhieni dau ddisgybl am yr effaith ar fathemateg. Mae'r ymchwil ar drawsieithu yn galonogol ond yn dod yn bennaf o gyd-destunau eraill. Mae'r grŵp trochi hefyd yn dibynnu'n drwm ar un person.",
        "differently": "Byddem yn dechrau cefnogi rhieni gyda'r iaith cyn i'w plentyn gyrraedd, nid wedyn. Byddem yn llunio'r geirfaon gydag ysgolion cyfrwng Cymraeg eraill yn hytrach nag ysgrifennu'r 12 o'r dechrau. Byddem hefyd yn hyfforddi ail aelod o staff i gynnal y trochi, fel nad yw'n dod i ben pan fydd Sian i ffwrdd.",
        "cost_and_time": "Tua £9,000 y flwyddyn, yn bennaf ar gyfer cynorthwyydd addysgu trochi rhan-amser, ynghyd ag amser adran i ysgrifennu 12 geirfa",
        "key_figure": {
            "value": "17 o 19",
            "label": "o'r newydd-ddyfodiaid i'r Gymraeg yn dal mewn addysg cyfrwng Cymraeg flwyddyn yn ddiweddarach",
        },
        "quote": {
            "text": "Roedd hi'n dawel am fis. Nawr mae hi'n ateb yn Gymraeg cyn i mi orffen y cwestiwn.",
            "attribution": "Athro dosbarth Blwyddyn 5, Ysgol Dyfi",
        },
    },
    "making-sense-of-data-in-small-rural-welsh-schools": {
        "title": "Pan fo un disgybl yn 8%: gwneud synnwyr o ddata mewn ysgolion bach",
        "summary": "Pan fo grŵp blwyddyn mor fach â deuddeg, gall un disgybl symud canran wyth pwynt. Rhoesom niferoedd disgyblion, darlun treigl tair blynedd a nodyn gan yr athro yn lle canrannau pennawd. Mae arweinwyr yn dweud eu bod bellach yn treulio llai o amser yn dadlau am amrywiadau di-ystyr.",
        "context": "Mae gan Machynlleth Primary tua 150 o ddisgyblion, gyda grwpiau blwyddyn o 12 i 25. Mae dosbarthiadau cynradd Ysgol Dyfi o faint tebyg. Nid yw Cymru'n cyhoeddi tablau perfformiad ysgolion cynradd mwyach, ond roedd y llywodraethwyr a'r awdurdod lleol yn dal i ofyn am grynodebau canrannol bob tymor.",
        "challenge": "Dangosodd un adroddiad i'r llywodraethwyr 'darllen ar y lefel ddisgwyliedig' yn gostwng o 83% i 67% mewn blwyddyn. Dau blentyn mewn dosbarth o ddeuddeg oedd hynny, a chymerodd y rhan fwyaf o gyfarfod i'w esbonio. Ar yr un pryd, roedd cyfartaleddau'n cuddio pryderon go iawn: roedd disgyblion unigol a oedd yn gwneud cynnydd araf yn diflannu o fewn ffigur y garfan.",
        "what_we_did": [
            "Ailgynlluniodd Rhys Jenkins, ein hyrwyddwr gwella, ac Owain Davies, arweinydd y bartneriaeth a chyn-Arweinydd Addysg Cenedlaethol, yr adroddiad data tymhorol. Erbyn hyn mae'n dangos niferoedd disgyblion yn hytrach na chanrannau ar gyfer unrhyw grŵp o lai nag 20, ffigurau treigl tair blynedd, a chanlyniadau pob disgybl yn yr asesiadau personol cenedlaethol fel trywydd unigol.",
            "Mae pob ffigur yn cael ei gyflwyno gyda nodyn byr gan yr athro dosbarth yn esbonio beth sydd y tu ôl iddo.",
            "Mae'r cyfarfodydd cynnydd disgyblion bob tymor bellach yn canolbwyntio ar blant a enwir, yn enwedig y rhai sy'n gymwys i gael prydau ysgol am ddim, yn hytrach nag ar gyfartaleddau grŵp.",
        ],
        "impact": "Yn y flwyddyn gyntaf, nododd yr adroddiadau newydd chwe disgybl yr oedd cyfartaledd y garfan wedi cuddio'u cynnydd araf mewn darllen neu rifedd, ac mae gan bob un ohonynt gynllun cymorth erbyn hyn. Mae penaethiaid a llywodraethwyr fel ei gilydd yn dweud bod cyfarfodydd yn treulio llai o amser yn esbonio newidiadau sydyn a mwy ar ddisgyblion unigol, er nad ydym wedi mesur hyn yn systematig. Y gwendid yw bod cyfartaleddau treigl yn ymateb yn araf: gallai dirywiad gwirioneddol gymryd dwy flynedd i ddod i'r amlwg. Mae rhai o ffurflenni'r awdurdod lleol yn dal i ofyn am ganrannau, felly am y tro rydym yn cynhyrchu'r ddau.",
        "differently": "Byddem yn cytuno ar fformat yr adroddiad gyda'r awdurdod lleol o'r dechrau er mwyn osgoi gwneud y gwaith ddwywaith, a byddem yn cynnal sesiwn fer i'r llywodraethwyr ar ddarllen data niferoedd bach cyn yr adroddiad newydd cyntaf, nid wedyn.",
        "cost_and_time": "Tua phum diwrnod o amser arweinwyr i ailgynllunio'r adroddiadau, ac yna llai o amser bob tymor nag o'r blaen",
        "key_figure": {
            "value": "1 disgybl = 8%",
            "label": "o grŵp blwyddyn o ddeuddeg disgybl yn Machynlleth Primary",
        },
        "quote": {
            "text": "Roedd ein llywodraethwyr yn arfer gofyn pam roedd darllen wedi 'gostwng un pwynt ar bymtheg'. Nawr maen nhw'n gofyn beth rydyn ni'n ei wneud i'r ddau blentyn y tu ôl i'r ffigur.",
            "attribution": "Pennaeth, Machynlleth Primary",
        },
    },
    # --- what works / what didn't ---
    "whole-trust-marking-policy-did-not-cut-workload": {
        "title": "Ychwanegodd ein polisi marcio ar draws yr ymddiriedolaeth at y llwyth gwaith yn lle ei leihau",
        "summary": "Roedd un polisi adborth ar draws pedair ysgol i fod i arbed amser. Wyth mis yn ddiweddarach, dywedodd staff eu bod yn treulio mwy o amser ar adborth, nid llai.",
        "lesson": "Dim ond os yw'n cael gwared ar dasgau y mae polisi cyffredin yn lleihau llwyth gwaith; yn bennaf, ychwanegodd ein polisi ni haen newydd o gasglu tystiolaeth ar ben yr hyn yr oedd yr ysgolion yn ei wneud eisoes.",
        "body": [
            "Ym mis Medi 2023 rhoesom un polisi adborth i'r ymddiriedolaeth gyfan yn lle polisïau marcio pedair ysgol, wedi'i seilio ar daflenni adborth i'r dosbarth cyfan a gwers ymateb 'beiro borffor' bob pythefnos. Y nod, a gytunwyd gyda'r undebau, oedd torri traean ar y marcio ysgrifenedig.",
            "Roedd ein harolwg staff yn y gwanwyn (112 o ymatebion, 68% o'r staff addysgu) yn adrodd stori wahanol: dywedodd 61% fod adborth yn cymryd mwy o amser nag o'r blaen, yn bennaf am fod gofyn i benaethiaid adran samplu llyfrau yn erbyn y polisi newydd bob hanner tymor, a bod athrawon yn cadw taflenni anodedig 'rhag ofn'. Adran Saesneg Kingsholm Secondary School a nododd y cynnydd mwyaf.",
            "Tynnwyd y gofyniad i samplu yn ôl ym mis Mai 2024, a chafodd adrannau ddewis eu harferion adborth eu hunain o fewn tair egwyddor. Mae'r arolwg dilynol yn fwy cadarnhaol, ond nid ydym eto wedi mesur yr oriau go iawn, felly argraff yw hynny yn hytrach na phrawf.",
        ],
    },
    "welsh-medium-shared-reading-across-cluster": {
        "title": "Darllen Cymraeg ar y cyd ar draws ein clwstwr",
        "summary": "Mae set gyffredin o destunau dosbarth Cymraeg ac arferion darllen yn uchel o Flwyddyn 3 i Flwyddyn 9 wedi magu hyder disgyblion i ddarllen yn Gymraeg er pleser.",
        "lesson": "Rhoddodd cytuno ar asgwrn cefn o destunau ar y cyd ar draws y cynradd a'r uwchradd fan cyfeirio cyffredin i athrawon, a rheswm i ddisgyblion siarad am lyfrau Cymraeg wrth bontio o un cyfnod i'r llall.",
        "body": [
            "O dan y Cwricwlwm i Gymru, roedd Ysgol Dyfi, Machynlleth Primary ac Ysgol Uwchradd Aberdyfi yn dewis testunau Cymraeg yn annibynnol ar ei gilydd, ac anaml y byddai llawer o ddisgyblion a oedd yn darllen Cymraeg fel iaith ychwanegol yn darllen yn Gymraeg er pleser. Yn 2024-25 cytunom ar asgwrn cefn o 24 testun o Flwyddyn 3 hyd at Flwyddyn 9, gyda sesiwn ddyddiol 15 munud o ddarllen yn uchel.",
            "Yn ein harolwg disgyblion, cododd cyfran y disgyblion a ddywedodd eu bod wedi dewis darllen llyfr Cymraeg y tu allan i wersi o 19% i 42%. Dywedodd athrawon uwchradd fod disgyblion Blwyddyn 7 yn cyfeirio'n ôl at lyfrau yr oeddent wedi'u darllen yn yr ysgol gynradd, rhywbeth a oedd yn anghyffredin cyn hynny.",
            "Costiodd tua £5,500 i greu setiau dosbarth, gyda chymorth grant. Mae'r arolwg yn seiliedig ar farn y disgyblion eu hunain, ac nid ydym eto wedi gweld newid mesuradwy mewn asesiadau darllen.",
        ],
    },
    "bilingual-cpd-menu-low-take-up": {
        "title": "Bwydlen DPP ddwyieithog: sesiynau da, ond ychydig yn dod",
        "summary": "Cynigiom fwydlen dymhorol o sesiynau dysgu proffesiynol dwyieithog ar draws tair ysgol. Roedd y sesiynau gorau yn rhagorol; roedd y rhan fwyaf yn hanner gwag.",
        "lesson": "Nid oedd dewis ar ei ben ei hun yn meithrin dysgu proffesiynol; dim ond pan oedd y sesiynau'n gysylltiedig â blaenoriaethau pob ysgol, ac yn cael eu dilyn i fyny mewn adrannau, y cododd y niferoedd a oedd yn dod iddynt.",
        "body": [
            "Yn 2025 rhoddodd y bartneriaeth fwydlen o 18 sesiwn ddewisol ar ôl ysgol yn lle diwrnodau hyfforddiant i'r holl staff, wedi'u cyflwyno yn Gymraeg ac yn Saesneg, ar bynciau o holi cwestiynau i gefnogi hwyrddyfodiaid i'r Gymraeg. Gofynnwyd i'r staff fynychu o leiaf bedair y flwyddyn.",
            "Naw o bobl ar gyfartaledd a oedd yn mynychu pob sesiwn ar draws tair ysgol, a mynychodd traean o'r staff lai na dwy. Roedd y sesiynau a oedd yn gysylltiedig â blaenoriaeth bresennol yr ysgol, fel gwaith y clwstwr ar asesu ffurfiannol, yn llawn ac yn arwain at newidiadau gweladwy yn yr ystafelloedd dosbarth; nid felly'r sesiynau annibynnol.",
            "Rydym yn cadw bwydlen lai o wyth sesiwn, pob un yn gysylltiedig â blaenoriaeth gwella ysgol ac yn cael ei dilyn i fyny mewn cyfarfod adran. Rydym hefyd yn cydnabod na fyddai sesiynau ar ôl ysgol, cyn teithiau hir adref drwy gefn gwlad, byth yn gweddu i bawb.",
        ],
    },
    "cross-phase-reading-fluency-programme": {
        "title": "Addysgu rhuglder darllen o Flwyddyn 4 i Flwyddyn 8",
        "summary": "Cododd ymarfer rhuglder dyddiol deg munud, gyda darllen wedi'i fodelu a darllen ailadroddus, oedran darllen y darllenwyr gwannach yn y cynradd a'r uwchradd.",
        "lesson": "Roedd ymarfer byr, aml, wedi'i fodelu'n dda yn well na sesiynau darllen hir achlysurol, ac roedd defnyddio'r un drefn yn y ddau gyfnod yn gwneud y pontio'n haws i ddarllenwyr gwannach.",
        "body": [
            "Roedd llawer o ddisgyblion yn Wirral Waters Primary a Deeside High School yn gallu dadgodio ond yn darllen yn araf a heb fynegiant, a oedd yn cyfyngu ar eu dealltwriaeth. Cyflwynom drefn ddyddiol deg munud: mae'r athro'n modelu darn, mae'r disgyblion yn ei ailadrodd ar ei ôl fel adlais, ac yna'n darllen yr un testun mewn parau deirgwaith.",
            "Ar draws 146 o ddisgyblion a nodwyd yn ddarllenwyr gwannach, cododd y sgoriau darllen safonedig cyfartalog 7 pwynt dros ddau dymor, a gostyngodd y gyfran o dan 85 o 41% i 26%. Dywedodd athrawon Blwyddyn 7 fod disgyblion a oedd wedi dilyn y drefn ym Mlwyddyn 6 wedi setlo iddi ar unwaith.",
            "Nid oedd gennym grŵp cymharu, a byddai rhywfaint o'r cynnydd wedi digwydd beth bynnag. Hyfforddiant oedd y brif gost: dwy sesiwn ar ôl ysgol i bob athro, a modelu yn yr ystafell ddosbarth gan ein hymarferydd arweiniol.",
        ],
    },
}
