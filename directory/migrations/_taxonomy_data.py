"""Reference data for the South West MAT Improvement Capacity Framework, plus phases, regions and subjects."""

AREAS = [
    {
        "number": 1,
        "slug": "vision-culture-and-ethos",
        "name": "Vision, culture and ethos",
        "name_cy": "Gweledigaeth, diwylliant ac ethos",
        "description": (
            "How clearly the trust sets out why it exists and what it wants for its pupils, and how well "
            "leaders understand the needs of their schools and communities. It also covers whether the "
            "culture encourages honest self-evaluation and continuous improvement rather than compliance."
        ),
        "description_cy": (
            "Pa mor glir y mae'r ymddiriedolaeth yn nodi pam y mae'n bodoli a beth y mae'n ei ddymuno i'w "
            "disgyblion, a pha mor dda y mae arweinwyr yn deall anghenion eu hysgolion a'u cymunedau. Mae "
            "hefyd yn ystyried a yw'r diwylliant yn annog hunanwerthuso gonest a gwella parhaus yn hytrach "
            "na chydymffurfio."
        ),
    },
    {
        "number": 2,
        "slug": "people-and-partners",
        "name": "People and partners",
        "name_cy": "Pobl a phartneriaid",
        "description": (
            "How the trust grows the leadership and expertise it needs to improve its schools, including "
            "how it works with partners beyond the trust. It also covers how well the trust attracts, "
            "develops and keeps good staff at every stage of their careers."
        ),
        "description_cy": (
            "Sut y mae'r ymddiriedolaeth yn datblygu'r arweinyddiaeth a'r arbenigedd sydd eu hangen arni i "
            "wella ei hysgolion, gan gynnwys sut y mae'n gweithio gyda phartneriaid y tu hwnt i'r "
            "ymddiriedolaeth. Mae hefyd yn ystyried pa mor dda y mae'r ymddiriedolaeth yn denu, yn datblygu "
            "ac yn cadw staff da ar bob cam o'u gyrfa."
        ),
    },
    {
        "number": 3,
        "slug": "teaching-and-learning",
        "name": "Teaching and learning",
        "name_cy": "Addysgu a dysgu",
        "description": (
            "The shared understanding of effective teaching across the trust's schools and how that "
            "understanding is led. It also covers whether professional learning is grounded in evidence "
            "and actually changes what happens in classrooms."
        ),
        "description_cy": (
            "Y ddealltwriaeth gyffredin o addysgu effeithiol ar draws ysgolion yr ymddiriedolaeth a sut yr "
            "arweinir y ddealltwriaeth honno. Mae hefyd yn ystyried a yw dysgu proffesiynol wedi'i seilio ar "
            "dystiolaeth ac a yw'n newid yr hyn sy'n digwydd yn yr ystafell ddosbarth mewn gwirionedd."
        ),
    },
    {
        "number": 4,
        "slug": "curriculum-and-assessment",
        "name": "Curriculum and assessment",
        "name_cy": "Cwricwlwm ac asesu",
        "description": (
            "How well the curriculum is sequenced and aligned across year groups, phases and schools, "
            "while leaving room for local context. It also covers whether assessment is used deliberately "
            "to inform teaching rather than simply to generate data."
        ),
        "description_cy": (
            "Pa mor dda y mae'r cwricwlwm wedi'i ddilyniannu a'i alinio ar draws grwpiau blwyddyn, cyfnodau "
            "ac ysgolion, gan adael lle i'r cyd-destun lleol. Mae hefyd yn ystyried a ddefnyddir asesu yn "
            "fwriadol i lywio addysgu yn hytrach nag i gynhyrchu data yn unig."
        ),
    },
    {
        "number": 5,
        "slug": "quality-assurance-and-accountability",
        "name": "Quality assurance and accountability",
        "name_cy": "Sicrhau ansawdd ac atebolrwydd",
        "description": (
            "How the trust knows how well its schools are doing, through both data and first-hand insight. "
            "It also covers whether accountability is proportionate and timely, and whether it leads to "
            "support where it is needed."
        ),
        "description_cy": (
            "Sut y mae'r ymddiriedolaeth yn gwybod pa mor dda y mae ei hysgolion yn perfformio, drwy ddata a "
            "thrwy dystiolaeth uniongyrchol. Mae hefyd yn ystyried a yw atebolrwydd yn gymesur ac yn "
            "amserol, ac a yw'n arwain at gymorth lle mae ei angen."
        ),
    },
]

ELEMENTS = [
    {
        "code": "1A",
        "area": "vision-culture-and-ethos",
        "slug": "clarity-of-purpose",
        "name": "Clarity of purpose",
        "name_cy": "Eglurder diben",
        "description": (
            "The trust has a clear, shared account of its purpose and priorities that staff at every level "
            "can explain in their own words. Decisions about money and time can be traced back to it."
        ),
        "guiding_questions": [
            "Could a teaching assistant, a headteacher and a trustee each describe the trust's top three priorities in similar terms?",
            "Which recent decisions were made, or turned down, because of the trust's stated purpose?",
            "How does the trust check that its vision still fits the schools it has now, not the ones it started with?",
        ],
        "weak": (
            "The vision exists mainly as a strapline on the website; priorities shift with each new "
            "initiative and headteachers describe them differently."
        ),
        "strong": (
            "Priorities are few, stable and well understood; staff can explain how their own work "
            "contributes, and the trust stops doing things that do not fit."
        ),
        "description_cy": (
            "Mae gan yr ymddiriedolaeth ddatganiad clir a chyffredin o'i diben a'i blaenoriaethau y gall staff "
            "ar bob lefel ei egluro yn eu geiriau eu hunain. Gellir olrhain penderfyniadau am arian ac amser "
            "yn ôl iddo."
        ),
    },
    {
        "code": "1B",
        "area": "vision-culture-and-ethos",
        "slug": "understanding-of-needs",
        "name": "Understanding of needs",
        "name_cy": "Deall anghenion",
        "description": (
            "Leaders have an accurate, up-to-date understanding of the needs of each school, its pupils and "
            "its community, including disadvantaged pupils and those with SEND. Central support is shaped "
            "around those needs rather than applied uniformly."
        ),
        "guiding_questions": [
            "What does the trust know about each school's context that is not visible in published data?",
            "How are the views of pupils, families and staff gathered, and what has changed as a result?",
            "Where does the trust deliberately treat schools differently, and why?",
        ],
        "weak": (
            "Central teams offer the same package to every school; differences in context are discussed "
            "only when results fall."
        ),
        "strong": (
            "Support is differentiated by school and based on a rounded picture of need, which is reviewed "
            "with the headteacher at least once a year."
        ),
        "description_cy": (
            "Mae gan arweinwyr ddealltwriaeth gywir a chyfredol o anghenion pob ysgol, ei disgyblion a'i "
            "chymuned, gan gynnwys disgyblion difreintiedig a'r rhai ag anghenion addysgol arbennig. Caiff "
            "cymorth canolog ei lunio o amgylch yr anghenion hynny yn hytrach na'i gymhwyso yn yr un modd i "
            "bawb."
        ),
    },
    {
        "code": "1C",
        "area": "vision-culture-and-ethos",
        "slug": "leading-a-culture-of-improvement",
        "name": "Leading a culture of improvement",
        "name_cy": "Arwain diwylliant o wella",
        "description": (
            "Leaders model openness about what is and is not working, and staff feel safe to raise problems "
            "early. Improvement is treated as ongoing professional work rather than a response to inspection."
        ),
        "guiding_questions": [
            "When did a school last tell the trust about a problem before the trust found it?",
            "How do senior leaders respond, in public, when one of their own initiatives does not work?",
            "Do staff describe improvement work as something done with them or done to them?",
        ],
        "weak": (
            "Problems surface late, often through external inspection; staff describe improvement activity "
            "as monitoring rather than support."
        ),
        "strong": (
            "Schools share setbacks early and openly; trust leaders acknowledge their own mistakes and there "
            "are routine structures for solving problems together."
        ),
        "description_cy": (
            "Mae arweinwyr yn dangos eu bod yn agored am yr hyn sy'n gweithio a'r hyn nad yw'n gweithio, ac "
            "mae staff yn teimlo'n ddiogel i godi problemau yn gynnar. Ystyrir gwella yn waith proffesiynol "
            "parhaus yn hytrach nag yn ymateb i arolygiad."
        ),
    },
    {
        "code": "2A",
        "area": "people-and-partners",
        "slug": "building-capacity-for-improvement",
        "name": "Building capacity for improvement",
        "name_cy": "Meithrin capasiti i wella",
        "description": (
            "The trust deliberately grows and deploys expertise so that improvement does not depend on a few "
            "individuals. This includes middle leaders, specialist leaders and partnerships with other trusts."
        ),
        "guiding_questions": [
            "If two key leaders left tomorrow, which improvement work would stop?",
            "How is expertise in one school made available to the others, and how is that time protected?",
            "Which partnerships beyond the trust have added real capacity in the last year?",
        ],
        "weak": (
            "Improvement relies on the chief executive or a single director; expertise stays in the school "
            "where it happens to sit."
        ),
        "strong": (
            "There is a known pool of leaders with protected time to work across schools, and external "
            "partnerships add capacity rather than meetings."
        ),
        "description_cy": (
            "Mae'r ymddiriedolaeth yn mynd ati'n fwriadol i ddatblygu a defnyddio arbenigedd fel nad yw gwella'n "
            "dibynnu ar ychydig o unigolion. Mae hyn yn cynnwys arweinwyr canol, arweinwyr arbenigol a "
            "phartneriaethau ag ymddiriedolaethau eraill."
        ),
    },
    {
        "code": "2B",
        "area": "people-and-partners",
        "slug": "recruiting-developing-and-retaining-talent",
        "name": "Recruiting, developing and retaining talent",
        "name_cy": "Recriwtio, datblygu a chadw talent",
        "description": (
            "The trust attracts good candidates, supports staff to grow throughout their careers and "
            "understands why people stay or leave. Workload and wellbeing are treated as part of this, not as "
            "a separate initiative."
        ),
        "guiding_questions": [
            "What do exit and 'stay' conversations tell the trust, and what has it changed as a result?",
            "How do early-career teachers experience their first two years in different schools across the trust?",
            "Where are the hardest-to-fill posts, and what is the trust doing differently about them?",
        ],
        "weak": (
            "Recruitment is reactive and handled school by school; turnover data is not analysed and career "
            "routes beyond the classroom are unclear."
        ),
        "strong": (
            "The trust has a planned pipeline for shortage subjects, clear progression routes and evidence "
            "that retention is improving."
        ),
        "description_cy": (
            "Mae'r ymddiriedolaeth yn denu ymgeiswyr da, yn cefnogi staff i ddatblygu drwy gydol eu gyrfa ac yn "
            "deall pam y mae pobl yn aros neu'n gadael. Ystyrir llwyth gwaith a llesiant yn rhan o hyn, nid yn "
            "fenter ar wahân."
        ),
    },
    {
        "code": "3A",
        "area": "teaching-and-learning",
        "slug": "approach-to-pedagogy",
        "name": "Approach to pedagogy",
        "name_cy": "Ymagwedd at addysgeg",
        "description": (
            "There is a shared, evidence-informed understanding of effective teaching across the trust that "
            "leaves room for differences between subjects and phases. Teachers know what is expected and why."
        ),
        "guiding_questions": [
            "Can teachers explain the reasons behind the trust's common teaching approaches, not just name them?",
            "How are subject-specific differences in pedagogy recognised and protected?",
            "How does the trust tell the difference between consistency and uniformity?",
        ],
        "weak": (
            "Expectations are either absent or reduced to a checklist of visible features that leaders look "
            "for during drop-ins."
        ),
        "strong": (
            "A small number of well-understood principles are applied thoughtfully, with subject leaders "
            "adapting them and able to explain why."
        ),
        "description_cy": (
            "Ceir dealltwriaeth gyffredin o addysgu effeithiol ar draws yr ymddiriedolaeth sy'n seiliedig ar "
            "dystiolaeth ac sy'n gadael lle i wahaniaethau rhwng pynciau a chyfnodau. Mae athrawon yn gwybod "
            "beth a ddisgwylir a pham."
        ),
    },
    {
        "code": "3B",
        "area": "teaching-and-learning",
        "slug": "leadership-of-teaching",
        "name": "Leadership of teaching",
        "name_cy": "Arweinyddiaeth addysgu",
        "description": (
            "Senior and middle leaders spend their time improving teaching through coaching, feedback and "
            "subject leadership, rather than only monitoring it. Leaders of teaching are themselves developed "
            "and supported."
        ),
        "guiding_questions": [
            "How much of a middle leader's week is spent improving teaching, and how is that time protected?",
            "What does feedback after a lesson visit typically lead to?",
            "How are subject leaders in small primary schools supported to lead beyond their own classroom?",
        ],
        "weak": (
            "Lesson observations are graded or used mainly for performance management; subject leaders have "
            "little time or training."
        ),
        "strong": (
            "Leaders at every level coach and develop teaching as a matter of routine, and subject leadership "
            "is supported across schools."
        ),
        "description_cy": (
            "Mae uwch arweinwyr ac arweinwyr canol yn treulio eu hamser yn gwella addysgu drwy hyfforddi, "
            "adborth ac arweinyddiaeth pwnc, yn hytrach na'i fonitro yn unig. Caiff arweinwyr addysgu eu "
            "hunain eu datblygu a'u cefnogi."
        ),
    },
    {
        "code": "3C",
        "area": "teaching-and-learning",
        "slug": "evidence-based-professional-learning",
        "name": "Evidence-based professional learning",
        "name_cy": "Dysgu proffesiynol wedi'i seilio ar dystiolaeth",
        "description": (
            "Professional learning is planned over time, draws on credible evidence and is evaluated by its "
            "effect on practice and pupils. One-off training days are the exception rather than the rule."
        ),
        "guiding_questions": [
            "Which professional learning from last year can you still see in classrooms now?",
            "How does the trust decide whether a piece of evidence is credible enough to act on?",
            "How is professional learning for teaching assistants and support staff planned?",
        ],
        "weak": (
            "CPD is a series of unconnected INSET sessions chosen centrally, and evaluation stops at the "
            "feedback form."
        ),
        "strong": (
            "Professional learning follows sustained cycles with practice and follow-up, and the trust checks "
            "whether it has changed what teachers actually do."
        ),
        "description_cy": (
            "Caiff dysgu proffesiynol ei gynllunio dros amser, mae'n defnyddio tystiolaeth gredadwy ac fe'i "
            "gwerthusir yn ôl ei effaith ar ymarfer ac ar ddisgyblion. Eithriad yw diwrnodau hyfforddi untro, "
            "nid yr arfer."
        ),
    },
    {
        "code": "4A",
        "area": "curriculum-and-assessment",
        "slug": "curriculum-structure-and-alignment",
        "name": "Curriculum structure and alignment",
        "name_cy": "Strwythur ac aliniad y cwricwlwm",
        "description": (
            "The curriculum is carefully sequenced from the early years onwards, with clear links between "
            "phases and between schools in the trust. Shared curriculum work reduces duplication without "
            "removing professional judgement."
        ),
        "guiding_questions": [
            "How well does the Year 6 curriculum prepare pupils for what they meet in Year 7?",
            "Where have schools agreed to share curriculum planning, and where have they chosen not to?",
            "How is the curriculum adapted for pupils with SEND without lowering ambition?",
        ],
        "weak": (
            "Each school designs its curriculum alone; transition points, especially Year 6 to Year 7, are "
            "poorly aligned."
        ),
        "strong": (
            "The curriculum is coherently sequenced across phases and schools, with shared resources that "
            "teachers adapt rather than rewrite."
        ),
        "description_cy": (
            "Mae'r cwricwlwm wedi'i ddilyniannu'n ofalus o'r blynyddoedd cynnar ymlaen, gyda chysylltiadau clir "
            "rhwng cyfnodau a rhwng ysgolion yr ymddiriedolaeth. Mae gwaith cwricwlwm ar y cyd yn lleihau "
            "dyblygu heb ddileu barn broffesiynol."
        ),
    },
    {
        "code": "4B",
        "area": "curriculum-and-assessment",
        "slug": "intentional-use-of-assessment",
        "name": "Intentional use of assessment",
        "name_cy": "Defnydd bwriadol o asesu",
        "description": (
            "Assessment is designed to answer specific questions about what pupils know and can do, and the "
            "results change teaching. The trust collects only the data it will actually use."
        ),
        "guiding_questions": [
            "For each assessment point, who uses the results and what decisions do they make with them?",
            "How much teacher time goes into entering data compared with acting on it?",
            "How reliable are comparisons of assessment results between schools?",
        ],
        "weak": (
            "Frequent data drops generate spreadsheets that few people use; teachers see assessment as "
            "reporting upwards."
        ),
        "strong": (
            "Assessment is purposeful and proportionate, with common assessments moderated across schools and "
            "used to plan teaching."
        ),
        "description_cy": (
            "Caiff asesu ei gynllunio i ateb cwestiynau penodol am yr hyn y mae disgyblion yn ei wybod ac yn "
            "gallu ei wneud, ac mae'r canlyniadau'n newid addysgu. Dim ond y data y bydd yn ei ddefnyddio y "
            "mae'r ymddiriedolaeth yn ei gasglu."
        ),
    },
    {
        "code": "5A",
        "area": "quality-assurance-and-accountability",
        "slug": "knowing-schools-quantitatively",
        "name": "Knowing schools quantitatively",
        "name_cy": "Adnabod ysgolion yn feintiol",
        "description": (
            "The trust uses a small set of reliable measures, such as attendance, outcomes, finance and "
            "staffing, to spot risks early and compare schools fairly. Data is interpreted in context and "
            "shared openly with headteachers and trustees."
        ),
        "guiding_questions": [
            "Which indicators would warn the trust that a school was in difficulty six months before an inspection?",
            "Do trustees and headteachers see the same data, and do they interpret it the same way?",
            "How is small-cohort data handled in small primary and special schools?",
        ],
        "weak": (
            "Data arrives late, in many formats, and is over-interpreted; small cohorts drive big conclusions."
        ),
        "strong": (
            "A concise, timely dashboard is used consistently at every level, and its caveats are understood "
            "and acted upon."
        ),
        "description_cy": (
            "Mae'r ymddiriedolaeth yn defnyddio nifer fach o fesurau dibynadwy, megis presenoldeb, canlyniadau, "
            "cyllid a staffio, i nodi risgiau'n gynnar ac i gymharu ysgolion yn deg. Caiff data ei ddehongli yn "
            "ei gyd-destun a'i rannu'n agored â phenaethiaid ac ymddiriedolwyr."
        ),
    },
    {
        "code": "5B",
        "area": "quality-assurance-and-accountability",
        "slug": "knowing-schools-qualitatively",
        "name": "Knowing schools qualitatively",
        "name_cy": "Adnabod ysgolion yn ansoddol",
        "description": (
            "Leaders build first-hand understanding of each school through visits, peer review and "
            "conversations with pupils, staff and families. Qualitative insight is used alongside data, not "
            "as a substitute for it."
        ),
        "guiding_questions": [
            "When did a trust leader last spend a full day in each school, and what did they learn?",
            "How is peer review organised so that it is both developmental and honest?",
            "How are the views of pupils and families brought into the trust's picture of a school?",
        ],
        "weak": (
            "Visits are infrequent or focused on compliance; the trust's view of a school is drawn almost "
            "entirely from data."
        ),
        "strong": (
            "Regular, well-structured visits and peer review give the trust an accurate, shared picture that "
            "headteachers recognise as fair."
        ),
        "description_cy": (
            "Mae arweinwyr yn meithrin dealltwriaeth uniongyrchol o bob ysgol drwy ymweliadau, adolygu gan "
            "gymheiriaid a sgyrsiau â disgyblion, staff a theuluoedd. Defnyddir tystiolaeth ansoddol ochr yn "
            "ochr â data, nid yn lle data."
        ),
    },
]

PHASES = [
    {"slug": "early-years", "name": "Early years", "name_cy": "Blynyddoedd cynnar"},
    {"slug": "primary", "name": "Primary", "name_cy": "Cynradd"},
    {"slug": "secondary", "name": "Secondary", "name_cy": "Uwchradd"},
    {"slug": "special", "name": "Special", "name_cy": "Arbennig"},
    {"slug": "alternative-provision", "name": "Alternative provision", "name_cy": "Darpariaeth amgen"},
    {"slug": "post-16", "name": "Post-16", "name_cy": "Ôl-16"},
    {"slug": "all-through", "name": "All-through", "name_cy": "Pob oed"},
]

REGIONS = [
    {"slug": "north-east", "name": "North East", "name_cy": "Gogledd-ddwyrain Lloegr"},
    {"slug": "north-west", "name": "North West", "name_cy": "Gogledd-orllewin Lloegr"},
    {"slug": "yorkshire-and-the-humber", "name": "Yorkshire and the Humber", "name_cy": "Swydd Efrog a'r Humber"},
    {"slug": "east-midlands", "name": "East Midlands", "name_cy": "Dwyrain Canolbarth Lloegr"},
    {"slug": "west-midlands", "name": "West Midlands", "name_cy": "Gorllewin Canolbarth Lloegr"},
    {"slug": "east-of-england", "name": "East of England", "name_cy": "Dwyrain Lloegr"},
    {"slug": "london", "name": "London", "name_cy": "Llundain"},
    {"slug": "south-east", "name": "South East", "name_cy": "De-ddwyrain Lloegr"},
    {"slug": "south-west", "name": "South West", "name_cy": "De-orllewin Lloegr"},
    {"slug": "wales", "name": "Wales", "name_cy": "Cymru"},
]

SUBJECTS = [
    {"slug": "early-reading", "name": "Early reading", "name_cy": "Darllen cynnar"},
    {"slug": "english", "name": "English", "name_cy": "Saesneg"},
    {"slug": "maths", "name": "Maths", "name_cy": "Mathemateg"},
    {"slug": "science", "name": "Science", "name_cy": "Gwyddoniaeth"},
    {"slug": "physics", "name": "Physics", "name_cy": "Ffiseg"},
    {"slug": "computing", "name": "Computing", "name_cy": "Cyfrifiadura"},
    {"slug": "history", "name": "History", "name_cy": "Hanes"},
    {"slug": "geography", "name": "Geography", "name_cy": "Daearyddiaeth"},
    {"slug": "modern-languages", "name": "Modern languages", "name_cy": "Ieithoedd modern"},
    {"slug": "art-and-design", "name": "Art and design", "name_cy": "Celf a dylunio"},
    {"slug": "music", "name": "Music", "name_cy": "Cerddoriaeth"},
    {"slug": "physical-education", "name": "Physical education", "name_cy": "Addysg gorfforol"},
    {"slug": "religious-education", "name": "Religious education", "name_cy": "Addysg grefyddol"},
    {"slug": "design-and-technology", "name": "Design and technology", "name_cy": "Dylunio a thechnoleg"},
    {"slug": "pshe", "name": "PSHE", "name_cy": "Addysg bersonol, gymdeithasol ac iechyd"},
    {"slug": "send", "name": "SEND", "name_cy": "Anghenion addysgol arbennig ac anableddau"},
    {"slug": "behaviour-and-attendance", "name": "Behaviour and attendance", "name_cy": "Ymddygiad a phresenoldeb"},
    {"slug": "leadership", "name": "Leadership", "name_cy": "Arweinyddiaeth"},
    {"slug": "welsh", "name": "Welsh", "name_cy": "Cymraeg"},
]
