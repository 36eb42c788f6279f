"""Demo content: Directory of Expertise profiles (fictional people, example.org emails)."""

PROFILES = [
    # --- severn-vale-learning-trust ---
    {
        "slug": "amara-okafor",
        "name": "Amara Okafor",
        "trust": "severn-vale-learning-trust",
        "role": "sle",
        "job_title": "Assistant headteacher, curriculum",
        "designations": [
            {"title": "Specialist Leader of Education (SLE)", "awarded_by": "Severn Vale Teaching School", "year": 2017},
            {"title": "NPQ for Senior Leadership (NPQSL)", "awarded_by": "Ambition Institute", "year": 2021},
        ],
        "school": "Severn Vale Primary Academy",
        "subjects": ["maths", "leadership"],
        "phases": ["primary"],
        "elements": ["4A", "3A"],
        "days_per_term": 4,
        "terms": [0, 1, 2],
        "bio": (
            "Amara led the rewrite of Severn Vale Primary Academy's maths curriculum around small-step sequencing "
            "and has since helped four primaries map their calculation policies from Reception to Year 6. "
            "She was designated an SLE for primary maths in 2017 and still works in the way that role taught her: "
            "a short diagnostic visit, then co-planning a unit with the subject lead rather than handing over a scheme. "
            "She can offer curriculum-mapping workshops for maths leads and in-school support on sequencing and fluency."
        ),
        "email": "amara.okafor@example.org",
        "confirmed_days_ago": 21,
        "visibility": "public",
    },
    {
        "slug": "tom-hadley",
        "name": "Tom Hadley",
        "trust": "severn-vale-learning-trust",
        "role": "lead-practitioner",
        "job_title": "Lead practitioner, science",
        "designations": [
            {"title": "Chartered Teacher (CTeach)", "awarded_by": "Chartered College of Teaching", "year": 2022},
        ],
        "school": "Kingsholm Secondary School",
        "subjects": ["science", "physics"],
        "phases": ["secondary"],
        "elements": ["3A", "3C"],
        "days_per_term": 3,
        "terms": [0, 1],
        "bio": (
            "Tom teaches physics at Kingsholm Secondary School and runs the trust's science network, which meets twice a term. "
            "He built a shared bank of worked examples and retrieval quizzes for Key Stage 3 forces and electricity that is now "
            "used by three departments, and he is open that take-up was patchy until planning time was protected for it. "
            "He can help departments cut practical write-up time without losing the scientific thinking, and is happy to host visits."
        ),
        "email": "tom.hadley@example.org",
        "confirmed_days_ago": 44,
        "visibility": "public",
    },
    {
        "slug": "priya-nair",
        "name": "Priya Nair",
        "trust": "severn-vale-learning-trust",
        "role": "peer-reviewer",
        "job_title": "Deputy headteacher and trust peer review lead",
        "designations": [
            {"title": "Schools Partnership Programme peer reviewer", "awarded_by": "Education Development Trust", "year": 2022},
        ],
        "school": "St Mary's CE Primary, Gloucester",
        "subjects": ["leadership", "send"],
        "phases": ["primary"],
        "elements": ["5B", "1C"],
        "days_per_term": 2,
        "terms": [1, 2],
        "bio": (
            "Priya has led or joined eleven peer reviews across Severn Vale and two partner trusts since 2022, mostly in primary "
            "schools looking at reading and SEND provision. "
            "She is particularly interested in how a review gathers pupil and staff voice without turning into a mock inspection. "
            "She can act as lead reviewer, train new reviewers and share the trust's review protocol and evidence templates."
        ),
        "email": "priya.nair@example.org",
        "confirmed_days_ago": 67,
        "visibility": "members",
    },
    {
        "slug": "gareth-lewis",
        "name": "Gareth Lewis",
        "trust": "severn-vale-learning-trust",
        "role": "trust-lead",
        "job_title": "Director of school improvement",
        "designations": [
            {"title": "NPQ for Executive Leadership (NPQEL)", "awarded_by": "Ambition Institute", "year": 2020},
        ],
        "school": "",
        "subjects": ["leadership"],
        "phases": ["primary", "secondary"],
        "elements": ["1A", "5A", "2A"],
        "days_per_term": 2,
        "terms": [0, 1, 2],
        "bio": (
            "Gareth oversees school improvement across Severn Vale's four schools and reports to the trust's standards committee. "
            "He led the move from six data collection points a year to three, agreeing a common assessment calendar with "
            "headteachers, and is candid that the trust lost some early warning on Year 9 attainment along the way. "
            "He is happy to talk to central teams about designing a lean quality-assurance cycle and reporting it to trustees."
        ),
        "email": "gareth.lewis@example.org",
        "confirmed_days_ago": 12,
        "visibility": "public",
    },
    # --- moorland-academies-trust ---
    {
        "slug": "hannah-pearce",
        "name": "Hannah Pearce",
        "trust": "moorland-academies-trust",
        "role": "improvement-champion",
        "job_title": "Reading lead and Year 2 teacher",
        "designations": [
            {"title": "English Hub literacy specialist", "awarded_by": "Department for Education", "year": 2023},
        ],
        "school": "Dartside Primary",
        "subjects": ["early-reading", "english"],
        "phases": ["primary", "early-years"],
        "elements": ["4A", "3A", "3C"],
        "days_per_term": 3,
        "terms": [0, 1, 2],
        "bio": (
            "Hannah leads phonics and early reading at Dartside Primary, where the share of pupils meeting the expected standard "
            "in the Year 1 phonics check rose from 68% to 84% over three years after the school moved to a single validated "
            "scheme and daily keep-up sessions. "
            "She knows the practical detail of timetabling catch-up in mixed-age classes in a small rural school. "
            "She can offer visits to see keep-up sessions, coaching for new reading leads and help auditing decodable book stock."
        ),
        "email": "hannah.pearce@example.org",
        "confirmed_days_ago": 30,
        "visibility": "public",
    },
    {
        "slug": "david-mortimer",
        "name": "David Mortimer",
        "trust": "moorland-academies-trust",
        "role": "nle",
        "job_title": "Executive headteacher",
        "designations": [
            {"title": "National Leader of Education (NLE)", "awarded_by": "National College for Teaching and Leadership", "year": 2014},
            {"title": "NPQ for Headship (NPQH)", "awarded_by": "National College for School Leadership", "year": 2008},
        ],
        "school": "Moorview Academy",
        "subjects": ["leadership"],
        "phases": ["secondary"],
        "elements": ["1C", "2A", "5B"],
        "days_per_term": 0,
        "terms": [],
        "bio": (
            "David was designated a National Leader of Education in 2014 and supported three schools in Devon and Cornwall "
            "out of special measures before the programme closed. "
            "He is now executive headteacher of Moorview Academy and Tavy Bridge School. "
            "He has no capacity for outside support this year while Moorview completes a rebuild, but is glad to have an informal "
            "conversation about turnaround leadership with any new head who gets in touch."
        ),
        "email": "david.mortimer@example.org",
        "confirmed_days_ago": 120,
        "visibility": "public",
    },
    {
        "slug": "jess-coombe",
        "name": "Jess Coombe",
        "trust": "moorland-academies-trust",
        "role": "lead-practitioner",
        "job_title": "SENCo and lead practitioner, inclusion",
        "designations": [
            {"title": "National Award for SEN Co-ordination", "awarded_by": "University of Plymouth", "year": 2019},
        ],
        "school": "Tavy Bridge School",
        "subjects": ["send", "english"],
        "phases": ["secondary"],
        "elements": ["3A", "1B"],
        "days_per_term": 3,
        "terms": [0, 1],
        "bio": (
            "Jess is SENCo at Tavy Bridge School and leads the trust's work on adaptive teaching in mainstream secondary classrooms. "
            "She designed a one-page pupil profile that every teacher uses, backed by a cycle of fifteen-minute briefings on "
            "scaffolding and pre-teaching vocabulary. "
            "She can support SENCos with provision mapping and with making EHCP outcomes visible in day-to-day lessons."
        ),
        "email": "jess.coombe@example.org",
        "confirmed_days_ago": 58,
        "visibility": "public",
    },
    {
        "slug": "sam-tregear",
        "name": "Sam Tregear",
        "trust": "moorland-academies-trust",
        "role": "sle",
        "job_title": "Head of geography",
        "designations": [
            {"title": "Specialist Leader of Education (SLE)", "awarded_by": "Dartmoor Teaching School Alliance", "year": 2016},
        ],
        "school": "Moorview Academy",
        "subjects": ["geography", "history"],
        "phases": ["secondary"],
        "elements": ["4A", "4B"],
        "days_per_term": 2,
        "terms": [1, 2],
        "bio": (
            "Sam was designated an SLE for humanities in 2016 and has worked with geography departments in six schools since. "
            "His focus is sequencing fieldwork and place knowledge across Key Stage 3, and writing end-of-unit assessments that "
            "test the taught curriculum rather than generic skills. "
            "He can review a department's Key Stage 3 map and help it move to fewer, better-assessed units."
        ),
        "email": "sam.tregear@example.org",
        "confirmed_days_ago": 345,
        "visibility": "public",
    },
    # --- peninsula-partnership-trust ---
    {
        "slug": "kerensa-rowe",
        "name": "Kerensa Rowe",
        "trust": "peninsula-partnership-trust",
        "role": "lead-practitioner",
        "job_title": "Lead practitioner, early years",
        "designations": [
            {"title": "NPQ for Early Years Leadership (NPQEYL)", "awarded_by": "Ambition Institute", "year": 2024},
        ],
        "school": "Penwith Primary",
        "subjects": ["english", "pshe"],
        "phases": ["early-years", "primary"],
        "elements": ["1B", "3A"],
        "days_per_term": 3,
        "terms": [0, 1, 2],
        "bio": (
            "Kerensa leads Reception at Penwith Primary, where roughly a third of children start school with speech and "
            "language needs. "
            "She introduced a simple language screen in the first three weeks of the autumn term and trained two teaching "
            "assistants to deliver small-group oral language sessions, although she is clear the gains are hard to separate "
            "from the children's normal development. "
            "She can help early years teams plan for talk in continuous provision and set up screening that does not swamp staff."
        ),
        "email": "kerensa.rowe@example.org",
        "confirmed_days_ago": 17,
        "visibility": "public",
    },
    {
        "slug": "mark-penrose",
        "name": "Mark Penrose",
        "trust": "peninsula-partnership-trust",
        "role": "peer-reviewer",
        "job_title": "Deputy chief executive, quality assurance",
        "designations": [
            {"title": "Ofsted Inspector", "awarded_by": "Ofsted", "year": 2015},
        ],
        "school": "",
        "subjects": ["leadership"],
        "phases": ["secondary", "post-16"],
        "elements": ["5B", "5A"],
        "days_per_term": 2,
        "terms": [0, 2],
        "bio": (
            "Mark inspected secondary schools as an Ofsted Inspector between 2015 and 2021 and now coordinates Peninsula's "
            "internal school reviews. "
            "He has moved the trust's reviews away from graded judgements towards two or three lines of enquiry chosen by the "
            "headteacher. "
            "He can lead reviews of post-16 provision and advise on quality assurance for small sixth forms."
        ),
        "email": "mark.penrose@example.org",
        "confirmed_days_ago": 88,
        "visibility": "members",
    },
    {
        "slug": "laura-bennett",
        "name": "Laura Bennett",
        "trust": "peninsula-partnership-trust",
        "role": "improvement-champion",
        "job_title": "Attendance and family support lead",
        "designations": [],
        "school": "Carn Brea Academy",
        "subjects": ["behaviour-and-attendance", "pshe"],
        "phases": ["secondary"],
        "elements": ["1B", "5A"],
        "days_per_term": 2,
        "terms": [0, 1],
        "bio": (
            "Laura leads attendance at Carn Brea Academy, where persistent absence fell from 27% to 19% over two years; she is "
            "careful to point out that some of that followed the national trend. "
            "She replaced a long weekly spreadsheet review with a short meeting about a named list of pupils, each with one "
            "adult responsible for contact with home. "
            "She can share the school's tiered response ladder and letter templates and help other schools set up the weekly meeting."
        ),
        "email": "laura.bennett@example.org",
        "confirmed_days_ago": 39,
        "visibility": "public",
    },
    {
        "slug": "ollie-trewin",
        "name": "Ollie Trewin",
        "trust": "peninsula-partnership-trust",
        "role": "sle",
        "job_title": "Music lead and trust music coordinator",
        "designations": [
            {"title": "Specialist Leader of Education (SLE)", "awarded_by": "Kernow Teaching School Alliance", "year": 2018},
        ],
        "school": "St Mary's CE Primary, Truro",
        "subjects": ["music", "art-and-design"],
        "phases": ["primary"],
        "elements": ["4A", "3B"],
        "days_per_term": 2,
        "terms": [0, 1, 2],
        "bio": (
            "Ollie was designated an SLE for primary music in 2018 and coordinates music across the trust's primary schools, "
            "working alongside the county music hub. "
            "He wrote a progression model for singing and instrumental work from Year 1 to Year 6 that non-specialist teachers "
            "can deliver in a 45-minute weekly lesson. "
            "He can help schools plan a music and arts curriculum, run staff CPD and plan performances that do not swallow the summer term."
        ),
        "email": "ollie.trewin@example.org",
        "confirmed_days_ago": 455,
        "visibility": "public",
    },
    # --- three-rivers-education-trust ---
    {
        "slug": "fatima-hussain",
        "name": "Fatima Hussain",
        "trust": "three-rivers-education-trust",
        "role": "sle",
        "job_title": "Assistant headteacher, teaching and learning",
        "designations": [
            {"title": "Specialist Leader of Education (SLE)", "awarded_by": "Wyre Forest Teaching School Alliance", "year": 2019},
            {"title": "NPQ for Leading Teacher Development (NPQLTD)", "awarded_by": "Ambition Institute", "year": 2022},
        ],
        "school": "Wyre Forest High School",
        "subjects": ["english", "leadership"],
        "phases": ["secondary"],
        "elements": ["3B", "3C", "2B"],
        "days_per_term": 4,
        "terms": [0, 1, 2],
        "bio": (
            "Fatima leads teaching and learning and early career teacher provision at Wyre Forest High School. "
            "She replaced graded lesson observations with fortnightly instructional coaching for every teacher, and is open that "
            "it took two years and several rewrites before middle leaders trusted it. "
            "She was designated an SLE for English in 2019 and can now help schools design a coaching model that fits their "
            "timetable and workload, and train their first cohort of coaches."
        ),
        "email": "fatima.hussain@example.org",
        "confirmed_days_ago": 9,
        "visibility": "public",
    },
    {
        "slug": "chris-webb",
        "name": "Chris Webb",
        "trust": "three-rivers-education-trust",
        "role": "trust-lead",
        "job_title": "Chief executive officer",
        "designations": [
            {"title": "NPQ for Executive Leadership (NPQEL)", "awarded_by": "Ambition Institute", "year": 2021},
        ],
        "school": "",
        "subjects": ["leadership"],
        "phases": ["primary", "secondary"],
        "elements": ["1A", "1C"],
        "days_per_term": 1,
        "terms": [1],
        "bio": (
            "Chris has led Three Rivers since it formed from two local schools in 2016 and oversaw its growth to three academies. "
            "He wrote the trust's short 'tight and loose' framework with headteachers, setting out what is agreed centrally and "
            "what is left to each school. "
            "He is happy to talk to chief executives and trustees of trusts with fewer than five schools about growth, central "
            "capacity and governance."
        ),
        "email": "chris.webb@example.org",
        "confirmed_days_ago": 140,
        "visibility": "members",
    },
    {
        "slug": "ellie-morgan",
        "name": "Ellie Morgan",
        "trust": "three-rivers-education-trust",
        "role": "lead-practitioner",
        "job_title": "Early years lead",
        "designations": [
            {"title": "Primary Mastery Specialist", "awarded_by": "NCETM", "year": 2021},
        ],
        "school": "Riverside Infant Academy",
        "subjects": ["maths", "early-reading"],
        "phases": ["early-years"],
        "elements": ["3A", "4B"],
        "days_per_term": 3,
        "terms": [0, 1, 2],
        "bio": (
            "Ellie leads Nursery and Reception at Riverside Infant Academy and trained as an NCETM Mastery Specialist with a "
            "focus on early number. "
            "She developed a short, observation-based check of number sense that replaced long tick-list trackers in the "
            "trust's early years classes, saving each teacher roughly an hour a week. "
            "She can support early years teams with planning for mathematical talk and cutting assessment paperwork."
        ),
        "email": "ellie.morgan@example.org",
        "confirmed_days_ago": 25,
        "visibility": "public",
    },
    {
        "slug": "raj-patel",
        "name": "Raj Patel",
        "trust": "three-rivers-education-trust",
        "role": "peer-reviewer",
        "job_title": "Deputy headteacher",
        "designations": [],
        "school": "Stourport Junior School",
        "subjects": ["computing", "maths"],
        "phases": ["primary"],
        "elements": ["5B", "4B"],
        "days_per_term": 0,
        "terms": [],
        "bio": (
            "Raj is deputy headteacher at Stourport Junior School and has taken part in seven peer reviews, mostly looking at "
            "maths and computing. "
            "He rebuilt the school's computing curriculum after a review found pupils met very little programming beyond Year 4. "
            "He is not taking on reviews this year while he covers the headteacher's secondment, but is happy to answer "
            "questions about primary computing by email."
        ),
        "email": "raj.patel@example.org",
        "confirmed_days_ago": 210,
        "visibility": "public",
    },
    # --- northern-lights-academy-trust ---
    {
        "slug": "joanne-armstrong",
        "name": "Joanne Armstrong",
        "trust": "northern-lights-academy-trust",
        "role": "nle",
        "job_title": "Headteacher",
        "designations": [
            {"title": "National Leader of Education (NLE)", "awarded_by": "National College for Teaching and Leadership", "year": 2015},
        ],
        "school": "Northern Lights Alternative Provision",
        "subjects": ["behaviour-and-attendance", "send", "leadership"],
        "phases": ["alternative-provision", "secondary"],
        "elements": ["1C", "2A", "1B"],
        "days_per_term": 3,
        "terms": [0, 1, 2],
        "bio": (
            "Joanne was designated a National Leader of Education in 2015, while head of a pupil referral unit in Sunderland, "
            "and now leads Northern Lights Alternative Provision. "
            "She has helped mainstream secondary schools reduce permanent exclusions by setting up internal alternative provision "
            "with clear entry and exit criteria, and is frank about what it costs to staff properly. "
            "She can offer strategic support to heads and trust leaders on inclusion, and visits to the provision."
        ),
        "email": "joanne.armstrong@example.org",
        "confirmed_days_ago": 50,
        "visibility": "public",
    },
    {
        "slug": "liam-robson",
        "name": "Liam Robson",
        "trust": "northern-lights-academy-trust",
        "role": "improvement-champion",
        "job_title": "Head of physical education",
        "designations": [],
        "school": "Wearside Academy",
        "subjects": ["physical-education", "pshe"],
        "phases": ["secondary"],
        "elements": ["4A", "2B"],
        "days_per_term": 2,
        "terms": [0, 1],
        "bio": (
            "Liam leads PE at Wearside Academy and coordinates PE and school sport across the trust. "
            "He redesigned Key Stage 3 PE around fewer activities taught in longer blocks, with the component skills of each "
            "sport taught explicitly before games. "
            "He has also mentored three non-specialist teachers who now teach core PE, and can advise on sequencing practical "
            "subjects and developing non-specialists."
        ),
        "email": "liam.robson@example.org",
        "confirmed_days_ago": 340,
        "visibility": "public",
    },
    {
        "slug": "claire-dodds",
        "name": "Claire Dodds",
        "trust": "northern-lights-academy-trust",
        "role": "lead-practitioner",
        "job_title": "Lead practitioner, reading across the curriculum",
        "designations": [
            {"title": "Chartered Teacher (CTeach)", "awarded_by": "Chartered College of Teaching", "year": 2023},
        ],
        "school": "Wearside Academy",
        "subjects": ["english", "history"],
        "phases": ["secondary"],
        "elements": ["3A", "1B"],
        "days_per_term": 3,
        "terms": [1, 2],
        "bio": (
            "Claire leads disciplinary reading at Wearside Academy, where she introduced a reading-age screen for every Year 7 "
            "pupil and a shared routine for reading complex texts aloud in history, science and RE. "
            "Around one in four Year 7s were reading more than two years below their age when the screen began; she is cautious "
            "about claiming progress from a single year of retesting. "
            "She can support schools to set up screening, plan tiered interventions and train subject teachers in reading routines."
        ),
        "email": "claire.dodds@example.org",
        "confirmed_days_ago": 77,
        "visibility": "public",
    },
    {
        "slug": "peter-charlton",
        "name": "Peter Charlton",
        "trust": "northern-lights-academy-trust",
        "role": "sle",
        "job_title": "Science lead and Year 6 teacher",
        "designations": [
            {"title": "Specialist Leader of Education (SLE)", "awarded_by": "Tyneside Teaching School Alliance", "year": 2015},
        ],
        "school": "Tyne View Primary",
        "subjects": ["science", "design-and-technology"],
        "phases": ["primary"],
        "elements": ["4A", "3B"],
        "days_per_term": 0,
        "terms": [],
        "bio": (
            "Peter was designated an SLE for primary science in 2015 and for several years led a science cluster of eight "
            "primary schools on Tyneside. "
            "He developed the trust's primary science and design and technology progression documents, including a short list "
            "of practical skills to be taught in every year group. "
            "He has moved to a part-time contract and is not currently taking on work beyond his own school."
        ),
        "email": "peter.charlton@example.org",
        "confirmed_days_ago": 520,
        "visibility": "public",
    },
    # --- pennine-schools-partnership ---
    {
        "slug": "nadia-shah",
        "name": "Nadia Shah",
        "trust": "pennine-schools-partnership",
        "role": "lead-practitioner",
        "job_title": "Lead practitioner, modern languages",
        "designations": [
            {"title": "Language Hub lead teacher", "awarded_by": "National Centre for Excellence for Language Pedagogy", "year": 2020},
        ],
        "school": "Hebden Heights Academy",
        "subjects": ["modern-languages"],
        "phases": ["secondary"],
        "elements": ["3A", "4B"],
        "days_per_term": 3,
        "terms": [0, 1, 2],
        "bio": (
            "Nadia teaches French and Spanish at Hebden Heights Academy and led the department's move to a Key Stage 3 "
            "curriculum built on phonics, high-frequency vocabulary and grammar. "
            "GCSE language entries rose from 31% to 46% of the cohort in three years, though she notes that a change to the "
            "options blocks helped. "
            "She can support departments with curriculum planning, low-stakes vocabulary testing and realistic homework routines."
        ),
        "email": "nadia.shah@example.org",
        "confirmed_days_ago": 33,
        "visibility": "public",
    },
    {
        "slug": "ian-sutcliffe",
        "name": "Ian Sutcliffe",
        "trust": "pennine-schools-partnership",
        "role": "peer-reviewer",
        "job_title": "Deputy headteacher",
        "designations": [],
        "school": "Pennine Special School",
        "subjects": ["send", "pshe"],
        "phases": ["special"],
        "elements": ["5B", "1B"],
        "days_per_term": 2,
        "terms": [1, 2],
        "bio": (
            "Ian is deputy headteacher at Pennine Special School, which serves pupils aged 4 to 19 with severe and profound "
            "learning difficulties. "
            "He has joined peer reviews of SEND provision in both special and mainstream schools, and is most useful where a "
            "school wants a fresh view of how it evidences small-step progress. "
            "He can join review teams as the specialist reviewer and share the school's approach to recording progress against EHCP outcomes."
        ),
        "email": "ian.sutcliffe@example.org",
        "confirmed_days_ago": 430,
        "visibility": "public",
    },
    {
        "slug": "becky-greenwood",
        "name": "Becky Greenwood",
        "trust": "pennine-schools-partnership",
        "role": "sle",
        "job_title": "Assistant headteacher, maths",
        "designations": [
            {"title": "Specialist Leader of Education (SLE)", "awarded_by": "Calderdale Teaching School Alliance", "year": 2020},
        ],
        "school": "Calder Valley Primary",
        "subjects": ["maths"],
        "phases": ["primary"],
        "elements": ["3B", "3C"],
        "days_per_term": 0,
        "terms": [],
        "bio": (
            "Becky was designated an SLE for primary maths in 2020 and has since led the trust's maths subject-leader network. "
            "She introduced short, focused drop-ins for maths leads, built around one agreed aspect of teaching per half term "
            "rather than a full checklist. "
            "She is on maternity leave this year and not available for support; the network is being led by a colleague in the meantime."
        ),
        "email": "becky.greenwood@example.org",
        "confirmed_days_ago": 95,
        "visibility": "public",
    },
    {
        "slug": "martin-holroyd",
        "name": "Martin Holroyd",
        "trust": "pennine-schools-partnership",
        "role": "trust-lead",
        "job_title": "Director of education",
        "designations": [
            {"title": "NPQ for Executive Leadership (NPQEL)", "awarded_by": "Ambition Institute", "year": 2022},
        ],
        "school": "",
        "subjects": ["leadership", "send"],
        "phases": ["special", "primary"],
        "elements": ["1A", "2B", "5A"],
        "days_per_term": 2,
        "terms": [0, 1, 2],
        "bio": (
            "Martin is director of education for the Pennine Schools Partnership and a former special school headteacher. "
            "He led the trust's work to keep teaching assistants, including a pay-progression route and a paid induction week, "
            "after losing a fifth of its support staff in a single year. "
            "He can talk to central teams about workforce planning in mixed special and mainstream trusts, and about what "
            "trust-wide data is actually useful for special schools."
        ),
        "email": "martin.holroyd@example.org",
        "confirmed_days_ago": 60,
        "visibility": "members",
    },
    # --- fenland-learning-alliance ---
    {
        "slug": "sophie-clarke",
        "name": "Sophie Clarke",
        "trust": "fenland-learning-alliance",
        "role": "improvement-champion",
        "job_title": "Nursery teacher and early years lead",
        "designations": [],
        "school": "March Nursery School",
        "subjects": ["early-reading", "pshe"],
        "phases": ["early-years"],
        "elements": ["1B", "3A"],
        "days_per_term": 2,
        "terms": [0, 1],
        "bio": (
            "Sophie teaches in the three- and four-year-old room at March Nursery School and leads its work on early language "
            "and personal, social and emotional development. "
            "She set up a daily small-group story time with repeated readings of a core set of 40 books, which the trust's "
            "primary schools now share as a Nursery-to-Reception book list. "
            "She can support nursery and Reception staff with story-time routines and home-reading links with families."
        ),
        "email": "sophie.clarke@example.org",
        "confirmed_days_ago": 14,
        "visibility": "public",
    },
    {
        "slug": "andrew-barnes",
        "name": "Andrew Barnes",
        "trust": "fenland-learning-alliance",
        "role": "sle",
        "job_title": "Head of history",
        "designations": [
            {"title": "Specialist Leader of Education (SLE)", "awarded_by": "Fenland Teaching School Alliance", "year": 2013},
        ],
        "school": "Wisbech Grammar Academy",
        "subjects": ["history", "religious-education"],
        "phases": ["secondary"],
        "elements": ["4A", "4B"],
        "days_per_term": 2,
        "terms": [0, 1, 2],
        "bio": (
            "Andrew was designated an SLE for history in 2013 and has led humanities departments for over fifteen years. "
            "He has worked with history and RE departments on building substantive knowledge across Key Stage 3 and on "
            "assessments that check chronology and disciplinary thinking without long essays every half term. "
            "He can review a department's curriculum and assessment model and support new heads of department."
        ),
        "email": "andrew.barnes@example.org",
        "confirmed_days_ago": 610,
        "visibility": "public",
    },
    {
        "slug": "grace-oduya",
        "name": "Grace Oduya",
        "trust": "fenland-learning-alliance",
        "role": "lead-practitioner",
        "job_title": "Lead practitioner, science and computing",
        "designations": [
            {"title": "Trust lead practitioner", "awarded_by": "Fenland Learning Alliance", "year": 2024},
        ],
        "school": "Wisbech Grammar Academy",
        "subjects": ["science", "computing"],
        "phases": ["secondary"],
        "elements": ["3C", "3A", "2B"],
        "days_per_term": 4,
        "terms": [0, 1, 2],
        "bio": (
            "Grace leads professional development for science and computing teachers across the Fenland Learning Alliance and "
            "mentors early career teachers at Wisbech Grammar Academy. "
            "She runs a six-session programme on explanation and modelling that has been completed by 22 teachers, and is honest "
            "that the evidence of impact so far is mostly from teachers' own reports and a small number of joint observations. "
            "She can deliver the programme in other schools and support mentors of early career science teachers."
        ),
        "email": "grace.oduya@example.org",
        "confirmed_days_ago": 22,
        "visibility": "public",
    },
    {
        "slug": "neil-fairweather",
        "name": "Neil Fairweather",
        "trust": "fenland-learning-alliance",
        "role": "peer-reviewer",
        "job_title": "Headteacher",
        "designations": [],
        "school": "Ely Fields Primary",
        "subjects": ["leadership", "geography"],
        "phases": ["primary"],
        "elements": ["5B", "5A"],
        "days_per_term": 0,
        "terms": [],
        "bio": (
            "Neil has been headteacher of Ely Fields Primary for nine years and has taken part in peer reviews across the "
            "alliance since 2021. "
            "He is interested in how small primary schools combine their own data with what they learn from reviews, and "
            "has written a short guide for subject leaders on preparing for a review conversation. "
            "He is not available for reviews this year while the school expands to two-form entry."
        ),
        "email": "neil.fairweather@example.org",
        "confirmed_days_ago": 180,
        "visibility": "public",
    },
    # --- thames-gateway-academies ---
    {
        "slug": "adebayo-adeyemi",
        "name": "Adebayo Adeyemi",
        "trust": "thames-gateway-academies",
        "role": "trust-lead",
        "job_title": "Chief education officer",
        "designations": [
            {"title": "NPQ for Executive Leadership (NPQEL)", "awarded_by": "Ambition Institute", "year": 2019},
        ],
        "school": "",
        "subjects": ["leadership", "english"],
        "phases": ["all-through", "secondary"],
        "elements": ["1A", "1C", "2B"],
        "days_per_term": 2,
        "terms": [0, 2],
        "bio": (
            "Adebayo is chief education officer at Thames Gateway Academies and a former head of English. "
            "He led the trust's three-year strategy on recruitment and retention, including a trust-wide early career "
            "teacher programme and protected non-contact time for second-year teachers; teacher turnover fell from 21% to 14%, "
            "in a period when London pay pressures eased slightly. "
            "He can talk to trust leaders about setting a small number of shared priorities and about workforce strategy in London."
        ),
        "email": "adebayo.adeyemi@example.org",
        "confirmed_days_ago": 28,
        "visibility": "public",
    },
    {
        "slug": "maria-santos",
        "name": "Maria Santos",
        "trust": "thames-gateway-academies",
        "role": "lead-practitioner",
        "job_title": "Lead practitioner, EAL and languages",
        "designations": [],
        "school": "Gateway All-Through School",
        "subjects": ["modern-languages", "english"],
        "phases": ["all-through", "primary"],
        "elements": ["3A", "1B"],
        "days_per_term": 3,
        "terms": [0, 1, 2],
        "bio": (
            "Maria leads provision for pupils learning English as an additional language at Gateway All-Through School, where "
            "over 40 languages are spoken, and teaches Spanish in the secondary phase. "
            "She built a two-week induction for new arrivals and a simple proficiency scale that class teachers update each term. "
            "She can support schools with EAL induction, vocabulary teaching across subjects and making use of pupils' home languages."
        ),
        "email": "maria.santos@example.org",
        "confirmed_days_ago": 40,
        "visibility": "public",
    },
    {
        "slug": "yusuf-ali",
        "name": "Yusuf Ali",
        "trust": "thames-gateway-academies",
        "role": "sle",
        "job_title": "Head of maths",
        "designations": [
            {"title": "Specialist Leader of Education (SLE)", "awarded_by": "Thames Gateway Teaching School", "year": 2018},
        ],
        "school": "Thamesmead Academy",
        "subjects": ["maths"],
        "phases": ["secondary"],
        "elements": ["4B", "3B"],
        "days_per_term": 0,
        "terms": [],
        "bio": (
            "Yusuf was designated an SLE for secondary maths in 2018 and leads a department of 14 at Thamesmead Academy. "
            "He replaced half-termly mock papers with short hinge-question checks and one cumulative assessment a term, "
            "and uses the results to set departmental reteach time. "
            "He is not available for external support this year while he covers a vacant deputy headteacher post."
        ),
        "email": "yusuf.ali@example.org",
        "confirmed_days_ago": 110,
        "visibility": "public",
    },
    {
        "slug": "chloe-wright",
        "name": "Chloe Wright",
        "trust": "thames-gateway-academies",
        "role": "improvement-champion",
        "job_title": "Art and design lead",
        "designations": [],
        "school": "Barking Reach Primary",
        "subjects": ["art-and-design", "design-and-technology"],
        "phases": ["primary"],
        "elements": ["4A", "3C"],
        "days_per_term": 2,
        "terms": [1, 2],
        "bio": (
            "Chloe leads art and design and design and technology at Barking Reach Primary. "
            "She rewrote both curricula around a small number of techniques revisited each year, with sketchbooks used to show "
            "progression rather than finished pieces. "
            "She runs after-school CPD for non-specialist teachers and can support other primaries to plan art and DT units."
        ),
        "email": "chloe.wright@example.org",
        "confirmed_days_ago": 355,
        "visibility": "public",
    },
    # --- mersey-and-dee-trust ---
    {
        "slug": "siobhan-kelly",
        "name": "Siobhan Kelly",
        "trust": "mersey-and-dee-trust",
        "role": "sle",
        "job_title": "Assistant headteacher, behaviour and attendance",
        "designations": [
            {"title": "Specialist Leader of Education (SLE)", "awarded_by": "Wirral Teaching School Alliance", "year": 2017},
        ],
        "school": "Deeside High School",
        "subjects": ["behaviour-and-attendance", "pshe"],
        "phases": ["secondary", "alternative-provision"],
        "elements": ["1C", "1B"],
        "days_per_term": 3,
        "terms": [0, 1, 2],
        "bio": (
            "Siobhan was designated an SLE for behaviour in 2017 and leads behaviour and attendance at Deeside High School. "
            "She set up an on-site inclusion base with a local alternative provider, with a maximum six-week placement and a "
            "planned return to lessons; suspensions fell by about a third in its first year, though numbers are small. "
            "She can help schools review their behaviour policy, train staff in consistent routines and plan internal provision."
        ),
        "email": "siobhan.kelly@example.org",
        "confirmed_days_ago": 36,
        "visibility": "public",
    },
    {
        "slug": "paul-mccarthy",
        "name": "Paul McCarthy",
        "trust": "mersey-and-dee-trust",
        "role": "nle",
        "job_title": "Headteacher",
        "designations": [
            {"title": "National Leader of Education (NLE)", "awarded_by": "National College for Teaching and Leadership", "year": 2016},
        ],
        "school": "Birkenhead Park Special School",
        "subjects": ["send", "leadership"],
        "phases": ["special"],
        "elements": ["2A", "1A", "5B"],
        "days_per_term": 2,
        "terms": [0, 1],
        "bio": (
            "Paul was designated a National Leader of Education in 2016 and has been headteacher of Birkenhead Park Special "
            "School for twelve years. "
            "He supported two special schools in the north west through leadership changes, and has a particular interest in "
            "growing middle leaders in special schools where subject leadership works differently. "
            "He can mentor new special school heads and advise trusts taking on their first special school."
        ),
        "email": "paul.mccarthy@example.org",
        "confirmed_days_ago": 470,
        "visibility": "public",
    },
    {
        "slug": "rachel-evans",
        "name": "Rachel Evans",
        "trust": "mersey-and-dee-trust",
        "role": "peer-reviewer",
        "job_title": "Trust quality assurance lead",
        "designations": [
            {"title": "Schools Partnership Programme peer reviewer", "awarded_by": "Education Development Trust", "year": 2022},
        ],
        "school": "",
        "subjects": ["leadership", "english"],
        "phases": ["primary", "secondary"],
        "elements": ["5A", "5B"],
        "days_per_term": 3,
        "terms": [0, 1, 2],
        "bio": (
            "Rachel coordinates quality assurance across the Mersey and Dee Trust and has trained 18 colleagues as peer reviewers. "
            "She designed the trust's annual cycle, which pairs a short data summary for each school with one review visit "
            "focused on a question the headteacher chooses. "
            "She can share the cycle, its templates and what the trust dropped after the first year, and can lead reviews in "
            "primary and secondary schools."
        ),
        "email": "rachel.evans@example.org",
        "confirmed_days_ago": 48,
        "visibility": "members",
    },
    {
        "slug": "dan-brennan",
        "name": "Dan Brennan",
        "trust": "mersey-and-dee-trust",
        "role": "lead-practitioner",
        "job_title": "Lead practitioner, computing",
        "designations": [
            {"title": "Computing Hub lead", "awarded_by": "National Centre for Computing Education", "year": 2021},
        ],
        "school": "Deeside High School",
        "subjects": ["computing", "maths"],
        "phases": ["secondary"],
        "elements": ["4A", "3A"],
        "days_per_term": 2,
        "terms": [0, 1],
        "bio": (
            "Dan teaches computing at Deeside High School and supports computing departments across the Wirral. "
            "He reorganised Key Stage 3 computing so that programming is taught in one language throughout, with short "
            "worked-example tasks before pupils write code of their own. "
            "GCSE computer science entries have doubled to 48 in two years, and he can help departments, especially those run "
            "by non-specialists, to plan a coherent Key Stage 3 curriculum."
        ),
        "email": "dan.brennan@example.org",
        "confirmed_days_ago": 65,
        "visibility": "public",
    },
    # --- weald-and-downs-trust ---
    {
        "slug": "catherine-hale",
        "name": "Catherine Hale",
        "trust": "weald-and-downs-trust",
        "role": "peer-reviewer",
        "job_title": "Deputy headteacher",
        "designations": [],
        "school": "Lewes Road Special School",
        "subjects": ["send", "pshe"],
        "phases": ["special"],
        "elements": ["5B", "1B"],
        "days_per_term": 0,
        "terms": [],
        "bio": (
            "Catherine is deputy headteacher at Lewes Road Special School, which serves pupils with autism and social, "
            "emotional and mental health needs. "
            "She has taken part in eight peer reviews, often as the reviewer looking at SEND provision in mainstream schools. "
            "She is not available for reviews at the moment because of commitments at her own school, but plans to be "
            "available again from next academic year."
        ),
        "email": "catherine.hale@example.org",
        "confirmed_days_ago": 230,
        "visibility": "public",
    },
    {
        "slug": "james-fowler",
        "name": "James Fowler",
        "trust": "weald-and-downs-trust",
        "role": "improvement-champion",
        "job_title": "Religious education lead",
        "designations": [],
        "school": "Downs View Academy",
        "subjects": ["religious-education", "history"],
        "phases": ["secondary"],
        "elements": ["4A", "3C"],
        "days_per_term": 2,
        "terms": [0, 1, 2],
        "bio": (
            "James leads RE at Downs View Academy and chairs the trust's RE network, which includes several teachers for whom "
            "RE is a second subject. "
            "He rebuilt the Key Stage 3 curriculum around a small number of religious and non-religious worldviews studied in "
            "depth, in line with the locally agreed syllabus. "
            "He can run subject-knowledge sessions for non-specialists and help departments plan units."
        ),
        "email": "james.fowler@example.org",
        "confirmed_days_ago": 19,
        "visibility": "public",
    },
    {
        "slug": "ruth-okonkwo",
        "name": "Ruth Okonkwo",
        "trust": "weald-and-downs-trust",
        "role": "lead-practitioner",
        "job_title": "Lead practitioner, professional development",
        "designations": [
            {"title": "NPQ for Leading Teacher Development (NPQLTD)", "awarded_by": "Ambition Institute", "year": 2023},
        ],
        "school": "Ashdown Primary",
        "subjects": ["leadership", "english"],
        "phases": ["primary"],
        "elements": ["3C", "2B", "2A"],
        "days_per_term": 3,
        "terms": [0, 1],
        "bio": (
            "Ruth leads professional development across the trust's primary schools and teaches Year 5 at Ashdown Primary. "
            "She replaced one-off INSET talks with half-termly cycles in which teachers practise a single technique, try it "
            "in class and review it with a colleague. "
            "She is candid that this took time from other meetings and that not every cycle landed. "
            "She can help primary leaders plan a year of CPD and train staff to run practice-based sessions."
        ),
        "email": "ruth.okonkwo@example.org",
        "confirmed_days_ago": 55,
        "visibility": "public",
    },
    {
        "slug": "simon-ashby",
        "name": "Simon Ashby",
        "trust": "weald-and-downs-trust",
        "role": "trust-lead",
        "job_title": "Director of people",
        "designations": [],
        "school": "",
        "subjects": ["leadership"],
        "phases": ["primary", "secondary"],
        "elements": ["2B", "2A"],
        "days_per_term": 1,
        "terms": [0, 1, 2],
        "bio": (
            "Simon is director of people at the Weald and Downs Trust and spent ten years in HR in local government before "
            "joining. "
            "He led the trust's flexible working policy, which now has around one in eight teachers on agreed part-time or "
            "compressed hours, and a shared recruitment campaign for hard-to-fill posts. "
            "He can talk to trust leaders about flexible working, recruitment and staff wellbeing surveys that lead to action."
        ),
        "email": "simon.ashby@example.org",
        "confirmed_days_ago": 100,
        "visibility": "public",
    },
    # --- charnwood-forest-trust ---
    {
        "slug": "harjit-sandhu",
        "name": "Harjit Sandhu",
        "trust": "charnwood-forest-trust",
        "role": "lead-practitioner",
        "job_title": "Lead practitioner, physics",
        "designations": [
            {"title": "Teaching and learning coach", "awarded_by": "Institute of Physics", "year": 2019},
        ],
        "school": "Shepshed Sixth Form",
        "subjects": ["physics", "maths"],
        "phases": ["post-16"],
        "elements": ["3A", "4B"],
        "days_per_term": 3,
        "terms": [0, 1, 2],
        "bio": (
            "Harjit teaches A level physics and further maths at Shepshed Sixth Form and coaches physics teachers in schools "
            "across Leicestershire. "
            "He has focused on the mathematical demands of A level physics, using short diagnostic tests in the first fortnight "
            "of Year 12 to decide who needs extra support with algebra and graphs. "
            "He can support sixth-form physics departments and help non-specialists teaching physics to Key Stage 4."
        ),
        "email": "harjit.sandhu@example.org",
        "confirmed_days_ago": 42,
        "visibility": "public",
    },
    {
        "slug": "emma-lowe",
        "name": "Emma Lowe",
        "trust": "charnwood-forest-trust",
        "role": "sle",
        "job_title": "Head of English",
        "designations": [
            {"title": "Specialist Leader of Education (SLE)", "awarded_by": "Charnwood Teaching School Alliance", "year": 2021},
        ],
        "school": "Charnwood Academy",
        "subjects": ["english"],
        "phases": ["secondary", "post-16"],
        "elements": ["4B", "3B"],
        "days_per_term": 3,
        "terms": [0, 1],
        "bio": (
            "Emma was designated an SLE for English in 2021, one of the last designations before teaching school alliances closed. "
            "As head of English at Charnwood Academy she moved the department to comparative judgement for Key Stage 3 writing, "
            "which cut marking time for each assessment window by around half. "
            "She can support departments trialling comparative judgement and help new heads of English lead a department."
        ),
        "email": "emma.lowe@example.org",
        "confirmed_days_ago": 70,
        "visibility": "public",
    },
    {
        "slug": "kevin-bradshaw",
        "name": "Kevin Bradshaw",
        "trust": "charnwood-forest-trust",
        "role": "peer-reviewer",
        "job_title": "Vice principal",
        "designations": [],
        "school": "Shepshed Sixth Form",
        "subjects": ["leadership"],
        "phases": ["post-16"],
        "elements": ["5A", "5B"],
        "days_per_term": 2,
        "terms": [1],
        "bio": (
            "Kevin is vice principal at Shepshed Sixth Form with responsibility for quality and student outcomes. "
            "He has reviewed sixth-form provision in five schools and colleges, looking at retention from Year 12 to Year 13 "
            "and how value-added data is used alongside student voice. "
            "He can join or lead reviews of post-16 provision."
        ),
        "email": "kevin.bradshaw@example.org",
        "confirmed_days_ago": 415,
        "visibility": "members",
    },
    {
        "slug": "lucy-marsh",
        "name": "Lucy Marsh",
        "trust": "charnwood-forest-trust",
        "role": "improvement-champion",
        "job_title": "Year 4 teacher and geography lead",
        "designations": [],
        "school": "Loughborough Road Primary",
        "subjects": ["geography", "science"],
        "phases": ["primary"],
        "elements": ["4A", "3C"],
        "days_per_term": 2,
        "terms": [0, 1, 2],
        "bio": (
            "Lucy leads geography at Loughborough Road Primary and has been teaching for six years. "
            "She mapped locational knowledge and fieldwork from Year 1 to Year 6 and linked it to the science curriculum, so that "
            "topics such as rivers and rocks are taught in a sensible order across both subjects. "
            "She can share her curriculum maps and knowledge organisers and offer practical advice to new foundation subject leads."
        ),
        "email": "lucy.marsh@example.org",
        "confirmed_days_ago": 8,
        "visibility": "public",
    },
    # --- dyfi-valley-learning-partnership ---
    {
        "slug": "sian-pritchard",
        "name": "Sian Pritchard",
        "trust": "dyfi-valley-learning-partnership",
        "role": "lead-practitioner",
        "job_title": "Lead practitioner, Welsh language",
        "designations": [],
        "school": "Ysgol Uwchradd Aberdyfi",
        "subjects": ["welsh", "modern-languages"],
        "phases": ["secondary"],
        "elements": ["3A", "4A"],
        "days_per_term": 3,
        "terms": [0, 1, 2],
        "bio": (
            "Sian teaches Welsh at Ysgol Uwchradd Aberdyfi and leads the partnership's work on Welsh language across the curriculum. "
            "She developed a set of short oracy routines that subject teachers use at the start of lessons, and a progression "
            "framework for learners who arrive from English-medium primary schools. "
            "She can support schools with Welsh-language planning under the Curriculum for Wales and share her resources in both languages."
        ),
        "email": "sian.pritchard@example.org",
        "confirmed_days_ago": 31,
        "visibility": "public",
    },
    {
        "slug": "rhys-jenkins",
        "name": "Rhys Jenkins",
        "trust": "dyfi-valley-learning-partnership",
        "role": "improvement-champion",
        "job_title": "Year 6 teacher and digital competence lead",
        "designations": [],
        "school": "Machynlleth Primary",
        "subjects": ["computing", "welsh"],
        "phases": ["primary"],
        "elements": ["3C", "5A"],
        "days_per_term": 2,
        "terms": [0, 1],
        "bio": (
            "Rhys leads digital competence at Machynlleth Primary and coordinates a termly network for digital leads in the partnership. "
            "He set up a simple record of which parts of the Digital Competence Framework each class has covered, which showed "
            "large gaps in data and computational thinking in Years 3 and 4. "
            "He can help primary schools audit their coverage and plan short CPD sessions for staff."
        ),
        "email": "rhys.jenkins@example.org",
        "confirmed_days_ago": 338,
        "visibility": "public",
    },
    {
        "slug": "elin-hughes",
        "name": "Elin Hughes",
        "trust": "dyfi-valley-learning-partnership",
        "role": "sle",
        "job_title": "Additional learning needs coordinator (ALNCo)",
        "designations": [
            {"title": "Specialist Leader of Education (SLE)", "awarded_by": "Cheshire West Teaching School Alliance", "year": 2018},
        ],
        "school": "Ysgol Dyfi",
        "subjects": ["send", "welsh"],
        "phases": ["primary"],
        "elements": ["1B", "3A"],
        "days_per_term": 2,
        "terms": [1, 2],
        "bio": (
            "Elin was designated an SLE for SEND in 2018 while working in a Cheshire primary school, before returning to Wales. "
            "As ALNCo at Ysgol Dyfi she led the school's move to the new additional learning needs system, including "
            "person-centred planning meetings and individual development plans written in Welsh and English. "
            "She can support ALNCos with the transition to IDPs and with adapting teaching for learners with ALN in bilingual classrooms."
        ),
        "email": "elin.hughes@example.org",
        "confirmed_days_ago": 62,
        "visibility": "public",
    },
    {
        "slug": "owain-davies",
        "name": "Owain Davies",
        "trust": "dyfi-valley-learning-partnership",
        "role": "nle",
        "job_title": "Headteacher",
        "designations": [
            {"title": "National Leader of Education (NLE)", "awarded_by": "National College for Teaching and Leadership", "year": 2013},
        ],
        "school": "Ysgol Uwchradd Aberdyfi",
        "subjects": ["leadership"],
        "phases": ["secondary"],
        "elements": ["1A", "2A", "5A"],
        "days_per_term": 0,
        "terms": [],
        "bio": (
            "Owain was designated a National Leader of Education in 2013 while headteacher of a secondary school in Shropshire, "
            "and has led Ysgol Uwchradd Aberdyfi since 2019. "
            "He has supported schools through Estyn follow-up activity and is interested in how small rural secondaries build "
            "leadership capacity when most leaders also teach a full timetable. "
            "He is not taking on support work this year."
        ),
        "email": "owain.davies@example.org",
        "confirmed_days_ago": 90,
        "visibility": "public",
    },
]
