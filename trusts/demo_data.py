"""Fictional member trusts and schools for the demo site (URNs are made up)."""

TRUSTS = [
    {
        "slug": "severn-vale-learning-trust",
        "name": "Severn Vale Learning Trust",
        "region": "south-west",
        "school_count": 14,
        "website": "https://severn-vale.example.org/",
        "summary": "Fourteen primary and secondary schools around Gloucester and Tewkesbury, growing a shared curriculum.",
        "description": "<p>We are a mixed-phase trust of fourteen schools in Gloucestershire, from a 90-pupil village primary to an 1,100-pupil secondary. Our schools share a curriculum in English, maths and science and a trust-wide approach to coaching.</p><p>We joined the alliance in 2021 to test our quality assurance against other trusts' and to learn from trusts further along the same road.</p>",
        "schools": [
            ("Severn Vale Primary Academy", "140101", "primary", "Gloucestershire"),
            (
                "St Mary's CE Primary, Gloucester",
                "140102",
                "primary",
                "Gloucestershire",
            ),
            ("Tewkesbury Road Academy", "140103", "primary", "Gloucestershire"),
            ("Kingsholm Secondary School", "140104", "secondary", "Gloucestershire"),
        ],
    },
    {
        "slug": "moorland-academies-trust",
        "name": "Moorland Academies Trust",
        "region": "south-west",
        "school_count": 9,
        "website": "https://moorland.example.org/",
        "summary": "Nine small and rural schools on the edge of Dartmoor, working as one team.",
        "description": "<p>Most of our nine schools have fewer than 150 pupils and several have mixed-age classes. We share leaders, specialist teachers and a business team so that small schools can stay open and stay good.</p>",
        "schools": [
            ("Dartside Primary", "140201", "primary", "Devon"),
            ("Moorview Academy", "140202", "secondary", "Devon"),
            ("Tavy Bridge School", "140203", "all-through", "Devon"),
        ],
    },
    {
        "slug": "peninsula-partnership-trust",
        "name": "Peninsula Partnership Trust",
        "region": "south-west",
        "school_count": 11,
        "website": "https://peninsula.example.org/",
        "summary": "Eleven schools and a post-16 college in west Cornwall serving coastal communities.",
        "description": "<p>Our schools serve some of the most isolated coastal communities in England. Recruitment, attendance and raising aspirations are the threads that run through our improvement work.</p>",
        "schools": [
            ("Penwith Primary", "140301", "primary", "Cornwall"),
            ("Carn Brea Academy", "140302", "secondary", "Cornwall"),
            ("St Mary's CE Primary, Truro", "140303", "primary", "Cornwall"),
            ("Peninsula Post-16 College", "140304", "post-16", "Cornwall"),
        ],
    },
    {
        "slug": "three-rivers-education-trust",
        "name": "Three Rivers Education Trust",
        "region": "west-midlands",
        "school_count": 8,
        "website": "https://three-rivers.example.org/",
        "summary": "Eight schools in north Worcestershire with a shared approach to early reading and transition.",
        "description": "<p>Formed from a federation of infant and junior schools, we now include a secondary school and have made the move from Year 2 to Year 3 and from Year 6 to Year 7 our particular focus.</p>",
        "schools": [
            ("Riverside Infant Academy", "140401", "primary", "Worcestershire"),
            ("Wyre Forest High School", "140402", "secondary", "Worcestershire"),
            ("Stourport Junior School", "140403", "primary", "Worcestershire"),
        ],
    },
    {
        "slug": "northern-lights-academy-trust",
        "name": "Northern Lights Academy Trust",
        "region": "north-east",
        "school_count": 12,
        "website": "https://northern-lights.example.org/",
        "summary": "Twelve schools on Tyneside and Wearside, including an alternative provision academy.",
        "description": "<p>We run primary and secondary schools and an alternative provision academy for pupils at risk of exclusion. Inclusion is the test we apply to every trust-wide decision.</p>",
        "schools": [
            ("Tyne View Primary", "140501", "primary", "North Tyneside"),
            ("Wearside Academy", "140502", "secondary", "Sunderland"),
            (
                "Northern Lights Alternative Provision",
                "140503",
                "alternative-provision",
                "Sunderland",
            ),
        ],
    },
    {
        "slug": "pennine-schools-partnership",
        "name": "Pennine Schools Partnership",
        "region": "yorkshire-and-the-humber",
        "school_count": 7,
        "website": "https://pennine.example.org/",
        "summary": "Seven schools in Calderdale, including a special school that leads the trust's work on SEND.",
        "description": "<p>Our special school's staff support every school in the trust on adaptive teaching and SEND, and our primary schools share a phonics programme and its training.</p>",
        "schools": [
            ("Calder Valley Primary", "140601", "primary", "Calderdale"),
            ("Hebden Heights Academy", "140602", "secondary", "Calderdale"),
            ("Pennine Special School", "140603", "special", "Calderdale"),
        ],
    },
    {
        "slug": "fenland-learning-alliance",
        "name": "Fenland Learning Alliance",
        "region": "east-of-england",
        "school_count": 10,
        "website": "https://fenland.example.org/",
        "summary": "Ten schools from nursery to sixth form across the Fens of Cambridgeshire.",
        "description": "<p>We include a maintained nursery school, primary schools and a selective secondary. Our work focuses on early language and on recruiting teachers to a rural area.</p>",
        "schools": [
            ("Ely Fields Primary", "140701", "primary", "Cambridgeshire"),
            ("Wisbech Grammar Academy", "140702", "secondary", "Cambridgeshire"),
            ("March Nursery School", "140703", "early-years", "Cambridgeshire"),
        ],
    },
    {
        "slug": "thames-gateway-academies",
        "name": "Thames Gateway Academies",
        "region": "london",
        "school_count": 6,
        "website": "https://thames-gateway.example.org/",
        "summary": "Six schools in east London, including a 3-to-18 all-through school.",
        "description": "<p>Our schools serve fast-changing communities where more than sixty languages are spoken. Oracy and vocabulary run through our curriculum from nursery to sixth form.</p>",
        "schools": [
            (
                "Gateway All-Through School",
                "140801",
                "all-through",
                "Barking and Dagenham",
            ),
            ("Barking Reach Primary", "140802", "primary", "Barking and Dagenham"),
            ("Thamesmead Academy", "140803", "secondary", "Greenwich"),
        ],
    },
    {
        "slug": "mersey-and-dee-trust",
        "name": "Mersey and Dee Trust",
        "region": "north-west",
        "school_count": 9,
        "website": "https://mersey-dee.example.org/",
        "summary": "Nine schools on the Wirral and in west Cheshire, with a special school at the centre of its SEND work.",
        "description": "<p>We are a trust of primary, secondary and special schools. Attendance after the pandemic and support for pupils with SEND in mainstream classes are our current priorities.</p>",
        "schools": [
            ("Wirral Waters Primary", "140901", "primary", "Wirral"),
            ("Deeside High School", "140902", "secondary", "Cheshire West and Chester"),
            ("Birkenhead Park Special School", "140903", "special", "Wirral"),
        ],
    },
    {
        "slug": "weald-and-downs-trust",
        "name": "Weald and Downs Trust",
        "region": "south-east",
        "school_count": 8,
        "website": "https://weald-downs.example.org/",
        "summary": "Eight schools in East Sussex that share a curriculum and a peer review model.",
        "description": "<p>Our headteachers review each other's schools every year using the alliance framework, and our curriculum leads meet half-termly across the trust.</p>",
        "schools": [
            ("Ashdown Primary", "141001", "primary", "East Sussex"),
            ("Downs View Academy", "141002", "secondary", "East Sussex"),
            ("Lewes Road Special School", "141003", "special", "East Sussex"),
        ],
    },
    {
        "slug": "charnwood-forest-trust",
        "name": "Charnwood Forest Trust",
        "region": "east-midlands",
        "school_count": 7,
        "website": "https://charnwood.example.org/",
        "summary": "Seven schools and a sixth form in north Leicestershire, strong on assessment and data.",
        "description": "<p>We have worked hard to make assessment useful to teachers rather than a reporting burden, and we share our approach with other trusts through the alliance.</p>",
        "schools": [
            ("Loughborough Road Primary", "141101", "primary", "Leicestershire"),
            ("Charnwood Academy", "141102", "secondary", "Leicestershire"),
            ("Shepshed Sixth Form", "141103", "post-16", "Leicestershire"),
        ],
    },
    {
        "slug": "dyfi-valley-learning-partnership",
        "name": "Dyfi Valley Learning Partnership",
        "region": "wales",
        "school_count": 5,
        "website": "https://dyfi.example.org/",
        "summary": "Five bilingual schools in mid Wales, the alliance's partner across the border.",
        "description": "<p>A partnership of Welsh-medium and bilingual schools in Powys and Gwynedd. We joined the alliance to share our work on the Curriculum for Wales and to learn from English trusts' peer review.</p>",
        "schools": [
            ("Ysgol Dyfi", "141201", "all-through", "Powys"),
            ("Ysgol Uwchradd Aberdyfi", "141202", "secondary", "Gwynedd"),
            ("Machynlleth Primary", "141203", "primary", "Powys"),
        ],
    },
]

# Contributions caught in the "Alliance moderation" workflow (see demo.py).
MODERATION_DEMO = [
    {
        "trust": "severn-vale-learning-trust",
        "by": "editor",
        "slug": "coaching-triads-for-middle-leaders",
        "title": "Coaching triads for middle leaders",
        "summary": "Heads of department coached each other in threes for a year, "
        "with a shared focus on curriculum sequencing.",
        "context": "Nine secondary middle leaders across three schools, most new "
        "to the role.",
        "challenge": "Middle leaders said trust training felt generic and did not "
        "change what happened in their departments.",
        "what_was_done": "Triads met every three weeks, each meeting built around "
        "one leader's curriculum map and one lesson visit.",
        "impact": "Eight of nine leaders rewrote at least one unit's sequence; "
        "staff survey scores for departmental leadership rose.",
        "differently": "We would protect the meeting time from the start: two "
        "triads lost a term to cover.",
        "elements": ["2A", "4A"],
    },
    {
        "trust": "moorland-academies-trust",
        "by": "teacher",
        "slug": "low-stakes-quizzing-in-year-5",
        "title": "Low-stakes quizzing in Year 5",
        "summary": "Daily five-question quizzes on earlier units helped pupils "
        "remember more of the science curriculum.",
        "context": "Two Year 5 classes in a rural primary school.",
        "challenge": "Pupils forgot much of each science unit by the end of term.",
        "what_was_done": "Each lesson opened with five questions, three from past "
        "units, marked by pupils with no scores recorded.",
        "impact": "End-of-year science assessment scores rose in both classes.",
        "differently": "Writing the questions took longer than planned; we would "
        "share them across the trust from the start.",
        "elements": ["2B"],
    },
    {
        "trust": "peninsula-partnership-trust",
        "by": "editor",
        "slug": "attendance-mentors-in-year-9",
        "title": "Attendance mentors in Year 9",
        "summary": "Sixth-form mentors met persistently absent Year 9 pupils "
        "each week.",
        "context": "A coastal secondary school with high persistent absence.",
        "challenge": "Year 9 persistent absence had risen for three years.",
        "what_was_done": "Trained sixth-form mentors met a Year 9 pupil every "
        "week and phoned home with good news.",
        "impact": "Early signs only: attendance of mentored pupils is up but the "
        "group is small.",
        "differently": "We would agree how to measure impact before starting.",
        "elements": ["3B"],
        "changes_requested": "Thank you. Please add the attendance figures before "
        "and after, and how many pupils took part, so readers can judge the "
        "impact.",
    },
]
