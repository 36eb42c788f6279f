"""Welsh translations of some demo expert profiles (issue #7): the four Dyfi
Valley people, the leaders of translated practice, and one members-only
profile. The rest are deliberately left untranslated.

Keyed by the profile's slug: the job title and the bio (plain sentences,
split into paragraphs as the English bio is). Names, designations and
everything else are shared with the English profile. Pure data.
"""

WELSH_PROFILES = {
    "amara-okafor": {
        "job_title": "Pennaeth cynorthwyol, y cwricwlwm",
        "bio": (
            "Arweiniodd Amara y gwaith o ailysgrifennu cwricwlwm mathemateg Severn Vale Primary Academy o amgylch dilyniannu fesul cam bach, ac ers hynny mae wedi helpu pedair ysgol gynradd i fapio'u polisïau cyfrifo o'r dosbarth Derbyn i Flwyddyn 6. "
            "Cafodd ei dynodi'n Arweinydd Addysg Arbenigol (SLE) ar gyfer mathemateg gynradd yn 2017, ac mae'n dal i weithio yn y ffordd a ddysgodd y rôl honno iddi: ymweliad diagnostig byr, ac yna cydgynllunio uned gydag arweinydd y pwnc yn hytrach na throsglwyddo cynllun parod. "
            "Gall gynnig gweithdai mapio'r cwricwlwm i arweinwyr mathemateg a chymorth yn yr ysgol ar ddilyniannu a rhuglder."
        ),
    },
    "gareth-lewis": {
        "job_title": "Cyfarwyddwr gwella ysgolion",
        "bio": (
            "Mae Gareth yn goruchwylio gwella ysgolion ar draws pedair ysgol Severn Vale ac yn adrodd i bwyllgor safonau'r ymddiriedolaeth. "
            "Arweiniodd y newid o chwe phwynt casglu data y flwyddyn i dri, gan gytuno ar galendr asesu cyffredin gyda'r penaethiaid, ac mae'n onest bod yr ymddiriedolaeth wedi colli rhywfaint o rybudd cynnar am gyrhaeddiad Blwyddyn 9 ar hyd y ffordd. "
            "Mae'n hapus i siarad â thimau canolog am lunio cylch sicrhau ansawdd darbodus a'i adrodd i'r ymddiriedolwyr."
        ),
    },
    "priya-nair": {
        "job_title": "Dirprwy bennaeth ac arweinydd adolygu gan gymheiriaid yr ymddiriedolaeth",
        "bio": (
            "Ers 2022 mae Priya wedi arwain neu ymuno ag un ar ddeg o adolygiadau gan gymheiriaid ar draws Severn Vale a dwy ymddiriedolaeth bartner, yn bennaf mewn ysgolion cynradd sy'n edrych ar ddarllen a'r ddarpariaeth ar gyfer anghenion addysgol arbennig. "
            "Mae ganddi ddiddordeb arbennig yn y ffordd y gall adolygiad gasglu barn disgyblion a staff heb droi'n ffug arolygiad. "
            "Gall weithredu fel prif adolygydd, hyfforddi adolygwyr newydd a rhannu protocol adolygu a thempledi tystiolaeth yr ymddiriedolaeth."
        ),
    },
    "joanne-armstrong": {
        "job_title": "Pennaeth",
        "bio": (
            "Cafodd Joanne ei dynodi'n Arweinydd Addysg Cenedlaethol (NLE) yn 2015, pan oedd yn bennaeth uned cyfeirio disgyblion yn Sunderland, ac erbyn hyn mae'n arwain Northern Lights Alternative Provision. "
            "Mae wedi helpu ysgolion uwchradd prif ffrwd i leihau gwaharddiadau parhaol drwy sefydlu darpariaeth amgen fewnol gyda meini prawf clir ar gyfer mynediad ac ymadael, ac mae'n onest am gost ei staffio'n iawn. "
            "Gall gynnig cymorth strategol i benaethiaid ac arweinwyr ymddiriedolaethau ar gynhwysiant, ac ymweliadau â'r ddarpariaeth."
        ),
    },
    "dan-brennan": {
        "job_title": "Ymarferydd arweiniol, cyfrifiadura",
        "bio": (
            "Mae Dan yn addysgu cyfrifiadura yn Deeside High School ac yn cefnogi adrannau cyfrifiadura ar draws Cilgwri. "
            "Ad-drefnodd gyfrifiadura Cyfnod Allweddol 3 fel bod rhaglennu'n cael ei addysgu mewn un iaith drwyddi draw, gyda thasgau byr yn seiliedig ar enghreifftiau wedi'u datrys cyn i ddisgyblion ysgrifennu eu cod eu hunain. "
            "Mae'r nifer sy'n sefyll TGAU cyfrifiadureg wedi dyblu i 48 mewn dwy flynedd, a gall helpu adrannau, yn enwedig y rhai sy'n cael eu harwain gan bobl nad ydynt yn arbenigwyr, i gynllunio cwricwlwm Cyfnod Allweddol 3 cydlynol."
        ),
    },
    "sian-pritchard": {
        "job_title": "Ymarferydd arweiniol, y Gymraeg",
        "bio": (
            "Mae Sian yn addysgu Cymraeg yn Ysgol Uwchradd Aberdyfi ac yn arwain gwaith y bartneriaeth ar y Gymraeg ar draws y cwricwlwm. "
            "Datblygodd gyfres o arferion llafaredd byr y mae athrawon pynciau yn eu defnyddio ar ddechrau gwersi, a fframwaith dilyniant i ddysgwyr sy'n cyrraedd o ysgolion cynradd cyfrwng Saesneg. "
            "Gall gefnogi ysgolion i gynllunio ar gyfer y Gymraeg o dan y Cwricwlwm i Gymru, a rhannu ei hadnoddau yn y ddwy iaith."
        ),
    },
    "rhys-jenkins": {
        "job_title": "Athro Blwyddyn 6 ac arweinydd cymhwysedd digidol",
        "bio": (
            "Mae Rhys yn arwain cymhwysedd digidol yn Machynlleth Primary ac yn cydlynu rhwydwaith tymhorol i arweinwyr digidol y bartneriaeth. "
            "Sefydlodd gofnod syml o ba rannau o'r Fframwaith Cymhwysedd Digidol y mae pob dosbarth wedi'u cwmpasu, a ddangosodd fylchau mawr o ran data a meddwl cyfrifiadurol ym Mlynyddoedd 3 a 4. "
            "Gall helpu ysgolion cynradd i archwilio'u darpariaeth a chynllunio sesiynau DPP byr i staff."
        ),
    },
    "elin-hughes": {
        "job_title": "Cydlynydd anghenion dysgu ychwanegol (CADY)",
        "bio": (
            "Cafodd Elin ei dynodi'n Arweinydd Addysg Arbenigol (SLE) ar gyfer anghenion addysgol arbennig yn 2018 pan oedd yn gweithio mewn ysgol gynradd yn Swydd Gaer, cyn dychwelyd i Gymru. "
            "Fel CADY Ysgol Dyfi arweiniodd symudiad yr ysgol i'r system anghenion dysgu ychwanegol newydd, gan gynnwys cyfarfodydd cynllunio sy'n canolbwyntio ar yr unigolyn a chynlluniau datblygu unigol wedi'u hysgrifennu yn Gymraeg ac yn Saesneg. "
            "Gall gefnogi cydlynwyr ADY gyda'r newid i gynlluniau datblygu unigol (CDU) a chydag addasu'r addysgu i ddysgwyr ag ADY mewn ystafelloedd dosbarth dwyieithog."
        ),
    },
    "owain-davies": {
        "job_title": "Pennaeth",
        "bio": (
            "Cafodd Owain ei ddynodi'n Arweinydd Addysg Cenedlaethol (NLE) yn 2013 pan oedd yn bennaeth ysgol uwchradd yn Swydd Amwythig, ac mae wedi arwain Ysgol Uwchradd Aberdyfi ers 2019. "
            "Mae wedi cefnogi ysgolion drwy weithgarwch dilynol Estyn, ac mae ganddo ddiddordeb yn y ffordd y mae ysgolion uwchradd bach gwledig yn meithrin gallu arwain pan fo'r rhan fwyaf o'r arweinwyr hefyd yn addysgu amserlen lawn. "
            "Nid yw'n ymgymryd â gwaith cymorth eleni."
        ),
    },
}
