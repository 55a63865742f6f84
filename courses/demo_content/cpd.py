"""Continuing professional development for teachers and school staff."""

from courses.frameworks import ITTECF
from courses.frameworks import TEACHERS_STANDARDS as TS

from .writing import (
    bullets,
    heading,
    info,
    lesson,
    multiple,
    quiz,
    reflection,
    single,
    steps,
    text,
    tip,
    warning,
)

CONTENT: dict[str, dict] = {}

CONTENT["cpd-stem-teaching"] = {
    "summary": "Plan STEM teaching that connects science, technology, engineering and mathematics: "
    "purposeful practical work, design challenges, consistent mathematics across subjects and links "
    "with local industry and careers.",
    "description": "<p>Strengthening links between schools and business is one of the county's three "
    "priorities, and STEM is where they meet most naturally. This module from the Wellingborough "
    "Science alliance helps primary and secondary teachers plan practical science and design work "
    "that builds knowledge, use mathematics consistently across subjects, and bring local "
    "engineering and technology employers into the curriculum.</p>",
    "outcomes": [
        "Plan practical science and design work with a clear learning purpose.",
        "Use an engineering design cycle to structure a STEM challenge.",
        "Agree consistent mathematical methods and language with colleagues in other subjects.",
        "Link curriculum learning to STEM careers with local employers.",
    ],
    "audiences": ["teacher", "early_career", "middle_leader"],
    "delivery_mode": "blended",
    "framework_codes": [(ITTECF, "ITTECF-3"), (ITTECF, "ITTECF-4"), (TS, "TS3"), (TS, "TS4")],
    "lessons": [
        lesson(
            "Practical work with a purpose",
            40,
            text(
                "Practical work is one of the things pupils remember and enjoy most about science, "
                "but enjoyment is not the same as learning. The question to ask before any practical "
                "is: what do I want pupils to <em>think about</em> while they do it?",
                "In primary science the national curriculum describes <strong>working "
                "scientifically</strong> through several types of enquiry: observing over time; "
                "pattern seeking; identifying, classifying and grouping; comparative and fair "
                "testing; and researching using secondary sources. A balanced curriculum uses all of "
                "them, not only fair tests. In secondary science, practical work also prepares pupils "
                "for the required practicals assessed in GCSE exams.",
            ),
            heading("Keep the thinking in the practical"),
            text(
                bullets(
                    "<strong>Before:</strong> ask pupils to predict and give a reason. A prediction "
                    "that fails is a powerful moment.",
                    "<strong>During:</strong> stop the class to discuss an unexpected result, and ask "
                    "groups what they notice and what it might mean.",
                    "<strong>After:</strong> link results back to the scientific idea, and evaluate "
                    "the method: what would make the results more trustworthy?",
                ),
                "Reduce what pupils must hold in mind when the procedure is not the point: "
                "demonstrate complex steps, provide the results table, or split the class so that "
                "different groups collect different data and pool it.",
            ),
            info(
                "Disciplinary knowledge",
                "Pupils need to learn how science works as well as what it has found: how a fair "
                "test controls variables, why repeat readings matter, how to spot an anomalous "
                "result, and how scientists decide between explanations. Teach these ideas "
                "explicitly and return to them across topics, rather than hoping pupils absorb them "
                "from doing practicals.",
            ),
            warning(
                "Safety first",
                "Follow your school's risk assessment procedures and CLEAPSS guidance for every "
                "practical, and try new activities with a technician before the lesson.",
            ),
            reflection(
                "Pick a practical you teach regularly. What do pupils do, and what do they think "
                "about? How could you shift the balance towards thinking?",
                "Look for a place to add a prediction, a discussion of an anomaly, or an evaluation "
                "question.",
            ),
        ),
        lesson(
            "Design challenges and mathematics across STEM",
            40,
            text(
                "Engineering is the 'E' that schools often leave out. A design challenge gives pupils "
                "a real problem with constraints, such as a bridge from 20 straws that holds the most "
                "weight, or a shelter that keeps an ice cube frozen longest, and asks them to "
                "use science and mathematics to solve it. A simple design cycle:",
                steps(
                    "Define the problem, the constraints and how success will be measured.",
                    "Research and generate ideas, drawing on what pupils know.",
                    "Plan and build a prototype.",
                    "Test it, measure performance and record results.",
                    "Improve the design and explain the changes using the science.",
                ),
                "The learning is in the explanation: why did the triangular structure hold more? "
                "Plan the science knowledge pupils need before they build, and ask for it in their "
                "evaluations.",
            ),
            heading("One mathematics, many subjects"),
            text(
                "Pupils meet graphs, units, rearranging equations and data in mathematics, science, "
                "design and technology, geography and computing, often taught in different ways. "
                "Agree with colleagues how to draw axes and label units, when to use a line of best "
                "fit, how to rearrange formulae, and the words you all use ('gradient', 'mean'). "
                "Consistency reduces confusion and shows pupils mathematics is one subject that "
                "travels.",
            ),
            tip(
                "Computational thinking",
                "Decomposition, pattern recognition, abstraction and algorithms are the habits of "
                "computing, and they help in every STEM subject: breaking a problem down, spotting "
                "what is the same, ignoring irrelevant detail, and writing precise steps.",
            ),
            quiz(
                multiple(
                    "Which are types of scientific enquiry named in the primary national curriculum?",
                    [
                        "* Pattern seeking",
                        "* Observing over time",
                        "* Identifying, classifying and grouping",
                        "Copying a method from a worksheet",
                    ],
                    "Fair testing is only one of several types. Following a worksheet method is a "
                    "procedure, not a type of enquiry.",
                ),
                single(
                    "What is the most important question to ask when planning a practical?",
                    [
                        "Is the equipment available?",
                        "* What should pupils think about while they do it?",
                        "Will it fill the lesson?",
                        "Will pupils enjoy it?",
                    ],
                    "Purpose drives design: the thinking pupils do determines what they learn.",
                ),
                single(
                    "Why agree mathematical methods across STEM subjects?",
                    [
                        "To reduce the mathematics department's workload",
                        "* So that pupils meet one consistent method and vocabulary and can transfer "
                        "their learning",
                        "Because exam boards require it",
                        "So that only mathematics teachers teach graphs",
                    ],
                    "Different methods for the same thing confuse pupils. Consistency helps them "
                    "transfer knowledge between subjects.",
                ),
            ),
        ),
        lesson(
            "STEM, employers and careers",
            30,
            text(
                "Many pupils do not know what engineers, technicians or data scientists do, and so "
                "never picture themselves as one. Linking curriculum learning to careers is one of "
                "the Gatsby benchmarks of good career guidance that schools in England use. In "
                "Northamptonshire, high-performance engineering, logistics, food and sustainable "
                "technologies are major employers, and the county's university technical colleges "
                "specialise in engineering for motorsport and for sustainable technologies.",
                "Ways to bring employers in without losing curriculum time:",
                bullets(
                    "a short video or visit from a local engineer explaining how they use the topic "
                    "pupils are studying;",
                    "a design challenge set by a local company, with its staff judging the results;",
                    "STEM Ambassadors, volunteers from industry coordinated nationally by STEM "
                    "Learning;",
                    "workplace visits tied to a unit of work, with pupils preparing questions.",
                ),
            ),
            heading("Planning a careers link into a unit"),
            text(
                steps(
                    "Choose the knowledge in the unit that a real job depends on, for example "
                    "forces and materials for a motorsport engineer, or energy transfers for a "
                    "heating engineer.",
                    "Find a person who does that job: a parent, a former pupil, a STEM Ambassador, "
                    "a contact through the Northamptonshire Enterprise Partnership.",
                    "Ask them to pose a problem from their work that pupils can tackle with what "
                    "they are learning.",
                    "Let pupils present solutions and hear how the professional solved it, and what "
                    "qualifications and routes, including apprenticeships, led them there.",
                ),
                "Keep the curriculum in charge: the employer link should deepen the topic, not "
                "replace it.",
            ),
            info(
                "Challenging stereotypes",
                "Choose speakers and examples that show a range of people in STEM roles. Girls, "
                "disadvantaged pupils and some ethnic groups are under-represented in several STEM "
                "routes; seeing someone like themselves matters.",
            ),
            reflection(
                "For one unit you teach, which local job uses the knowledge in it? How could pupils "
                "meet someone who does that job?",
                "Think about parents, former pupils and local businesses in the Northamptonshire "
                "Enterprise Partnership network.",
            ),
        ),
    ],
}

CONTENT["cpd-inclusive-practice-vulnerable-children"] = {
    "summary": "Support children who are looked after, have a social worker, are young carers or "
    "have experienced trauma, through relational, inclusive practice in every classroom.",
    "description": "<p>Inclusive practice is part of the Northamptonshire model. This module, from "
    "the Nene Valley alliance's special schools, helps all staff understand the barriers vulnerable "
    "children face, respond with relational approaches that build safety and trust, and work with "
    "the designated teacher, the virtual school and families.</p>",
    "outcomes": [
        "Identify groups of vulnerable children and the barriers to learning they may face.",
        "Explain the roles of the designated teacher, the virtual school head and the personal "
        "education plan.",
        "Apply relational and trauma-informed strategies in the classroom.",
        "Plan inclusive responses that keep vulnerable pupils in learning.",
    ],
    "audiences": ["teacher", "teaching_assistant", "support_staff", "early_career"],
    "delivery_mode": "blended",
    "framework_codes": [(ITTECF, "ITTECF-1"), (ITTECF, "ITTECF-5"), (TS, "TS1"), (TS, "TS5")],
    "lessons": [
        lesson(
            "Who are vulnerable children?",
            35,
            text(
                "Any child can be vulnerable at some point. Some groups face barriers that schools "
                "must plan for:",
                bullets(
                    "<strong>looked-after children</strong>, in the care of the local authority, and "
                    "<strong>previously looked-after children</strong>, adopted or under a special "
                    "guardianship or child arrangements order;",
                    "<strong>children with a social worker</strong>, under a child in need or child "
                    "protection plan;",
                    "<strong>young carers</strong>, who look after a family member;",
                    "children with special educational needs, those living in poverty, and those "
                    "who have experienced trauma, bereavement, domestic abuse or family breakdown.",
                ),
                "These experiences can affect attendance, concentration, relationships, "
                "self-regulation and trust in adults. The behaviour staff see may be a response to "
                "what has happened to a child, not a choice to defy.",
            ),
            text(
                "Young carers can be hard to spot: they may be late, tired, miss homework or avoid "
                "talking about home. Many do not see themselves as carers. A quiet conversation, "
                "flexibility about deadlines and a referral for a young carer's assessment can make "
                "a big difference.",
            ),
            heading("Statutory roles"),
            text(
                "Every maintained school and academy must have a <strong>designated teacher</strong> "
                "for looked-after and previously looked-after children. Each local authority has a "
                "<strong>virtual school head</strong> who champions the education of the children it "
                "looks after, manages pupil premium plus funding for them, and has a wider strategic "
                "role for children with a social worker. Each looked-after child has a "
                "<strong>personal education plan</strong> (PEP), part of their care plan, reviewed "
                "regularly with the school, the social worker and the child.",
            ),
            info(
                "Need to know",
                "Staff who teach a looked-after child should know what helps them learn, agreed "
                "with the designated teacher. They do not need the child's full history. Respect "
                "confidentiality: never discuss a child's care status in front of others.",
            ),
            reflection(
                "Think of a pupil whose behaviour you find challenging. What might their behaviour "
                "be telling you about their experiences or needs?",
                "Consider what you know and what you do not. Who in school could help you "
                "understand more?",
            ),
        ),
        lesson(
            "Relational and inclusive practice",
            35,
            text(
                "Children who have learned that adults are unpredictable or unsafe need "
                "<strong>predictability, connection and calm</strong> before they can learn. "
                "Relational approaches, often called trauma-informed practice, include:",
                bullets(
                    "a key adult the child can go to, who checks in each day;",
                    "predictable routines, with warning of changes such as a supply teacher or a "
                    "trip;",
                    "co-regulation: an adult staying calm and close, lowering their voice, helping "
                    "the child to settle before talking about behaviour;",
                    "naming the feeling ('I can see you're really frustrated') without accepting "
                    "harmful behaviour;",
                    "repair after conflict, using restorative conversations, so the relationship "
                    "continues.",
                ),
                "These approaches sit alongside clear boundaries. Inclusive does not mean anything "
                "goes: it means the school adapts how it helps a child meet the same expectations, "
                "and keeps them in learning.",
            ),
            heading("Keeping children in school"),
            text(
                "Exclusion and repeated absence disrupt the relationships vulnerable children most "
                "need. Before any suspension or exclusion of a looked-after child, the school should "
                "involve the virtual school head. Look for alternatives: an adjusted timetable for a "
                "short time with a clear plan to return, support from outside agencies, a review of "
                "the PEP or SEN support.",
            ),
            warning(
                "Safeguarding",
                "Vulnerable children are more likely to be at risk of harm, including exploitation. "
                "Changes in behaviour, unexplained money or possessions, and going missing are signs "
                "to report to the designated safeguarding lead.",
            ),
            quiz(
                single(
                    "Who manages pupil premium plus funding for looked-after children?",
                    [
                        "The child's class teacher",
                        "* The local authority's virtual school head",
                        "The school's business manager",
                        "The child's foster carer",
                    ],
                    "The virtual school head manages pupil premium plus for the children the local "
                    "authority looks after, working with designated teachers.",
                ),
                multiple(
                    "Which are relational strategies?",
                    [
                        "* A key adult who checks in daily",
                        "* Warning the child of changes to routine",
                        "* Staying calm and close to help the child regulate",
                        "Discussing the child's care history with the class",
                    ],
                    "Predictability, connection and co-regulation help. Sharing a child's history "
                    "breaches confidentiality and can cause harm.",
                ),
                single(
                    "What is a personal education plan (PEP)?",
                    [
                        "The plan for every pupil with SEN",
                        "* Part of a looked-after child's care plan, setting out their education "
                        "needs and support",
                        "A behaviour contract",
                        "A plan written by the pupil for their GCSE options",
                    ],
                    "Every looked-after child has a PEP, reviewed with the school, social worker, "
                    "carers and the child.",
                ),
                multiple(
                    "Which may be signs of child exploitation to report to the DSL?",
                    [
                        "* Unexplained money or new possessions",
                        "* Going missing from home or school",
                        "* Older associates or a sudden change in friendships",
                        "Doing well in a test",
                    ],
                    "Report any such signs to the DSL; it is their job to decide what happens next.",
                ),
            ),
        ),
    ],
}

CONTENT["cpd-autism-in-mainstream"] = {
    "summary": "Understand how autistic pupils may experience school, and make reasonable, everyday "
    "adjustments to communication, the environment and routines so they can learn and belong.",
    "description": "<p>Most autistic pupils in England attend mainstream schools. This module, from "
    "the Billing Brook special schools alliance, explains autism from the perspective of autistic "
    "people, the differences in communication, sensory experience and information processing that "
    "matter in classrooms, and practical adjustments any teacher or teaching assistant can make.</p>",
    "outcomes": [
        "Describe autism as a difference in communication, social interaction, sensory processing "
        "and flexibility of thinking.",
        "Explain the double empathy problem and what it means for adults in school.",
        "Make reasonable adjustments to communication, environment and routines.",
        "Plan with the pupil and family, recognising masking and anxiety.",
    ],
    "audiences": ["teacher", "teaching_assistant", "early_career", "support_staff"],
    "delivery_mode": "online",
    "framework_codes": [(ITTECF, "ITTECF-5"), (TS, "TS5")],
    "lessons": [
        lesson(
            "Understanding autism",
            30,
            text(
                "Autism is a lifelong developmental difference in how a person communicates and "
                "interacts with others, and in how they experience the world. Every autistic person "
                "is different, but common differences include:",
                bullets(
                    "<strong>communication:</strong> taking language literally, finding it hard to "
                    "read tone, facial expression or implied meaning, needing more time to process "
                    "speech;",
                    "<strong>social interaction:</strong> different ways of making and keeping "
                    "friends, and of showing interest;",
                    "<strong>sensory processing:</strong> being over- or under-sensitive to sound, "
                    "light, touch, smell or taste;",
                    "<strong>flexibility and predictability:</strong> finding change and uncertainty "
                    "stressful, and having deep, focused interests.",
                ),
                "The <strong>double empathy problem</strong>, a term from the autistic researcher "
                "Damian Milton, points out that misunderstanding runs both ways: non-autistic people "
                "find autistic people hard to read, just as the reverse is true. Adults in school "
                "share responsibility for bridging the gap.",
            ),
            text(
                "Many autistic pupils also have other needs, such as ADHD, anxiety, a learning "
                "disability or a language disorder, and some are academically very able. A "
                "diagnosis can take a long time; schools should respond to the needs they see, "
                "following the graduated approach, without waiting for one.",
            ),
            heading("Language and identity"),
            text(
                "Many autistic people prefer identity-first language ('an autistic pupil') because "
                "autism is part of who they are; others prefer 'a pupil with autism'. Ask the pupil "
                "and family, and follow their preference. Avoid describing autism only in terms of "
                "deficits: many autistic pupils have strengths in attention to detail, memory and "
                "their areas of interest.",
            ),
            info(
                "Masking",
                "Some autistic pupils, often girls, work hard to hide their differences at school. "
                "They may seem fine in class and then be exhausted or distressed at home. Take "
                "parents' reports seriously even if you see no difficulty in school.",
            ),
            reflection(
                "Think about a busy part of the school day, such as lunchtime or a lesson change. "
                "What might it be like for a pupil who is very sensitive to noise and finds "
                "unexpected change stressful?",
                "Note what they might hear, see and have to predict. Which one thing could you "
                "change?",
            ),
        ),
        lesson(
            "Adjustments that help",
            35,
            text(
                "Under the Equality Act 2010 schools must make reasonable adjustments for disabled "
                "pupils, and many autistic pupils meet the definition. Most useful adjustments cost "
                "little and help other pupils too:",
                bullets(
                    "<strong>Say what you mean:</strong> clear, literal instructions, one at a time, "
                    "with the pupil's name first; explain idioms and sarcasm.",
                    "<strong>Allow processing time:</strong> wait after a question; do not repeat it "
                    "in different words straight away.",
                    "<strong>Make it visual:</strong> visual timetables, written task steps, a clear "
                    "start and end to each task.",
                    "<strong>Prepare for change:</strong> tell the pupil in advance about a supply "
                    "teacher, a room change or a fire drill.",
                    "<strong>Adjust the environment:</strong> a seat away from the door or the "
                    "projector fan, ear defenders, a quiet space to go to, leaving the lesson a few "
                    "minutes early to avoid crowded corridors.",
                    "<strong>Use interests:</strong> a pupil's passion can be a route into a topic.",
                ),
            ),
            heading("Distress is communication"),
            text(
                "Meltdowns and shutdowns are responses to overwhelm, not deliberate misbehaviour. "
                "Look for early signs (rocking, covering ears, going quiet), reduce demands and "
                "stimulation, and give space and time. Talk about it afterwards, when the pupil is "
                "calm, to understand the triggers and plan together. Anxiety often sits behind "
                "behaviour that looks like refusal.",
            ),
            tip(
                "Plan with the pupil",
                "Ask the pupil what helps and what makes things harder, using a one-page profile if "
                "the school has one. The Autism Education Trust's resources include tools for this.",
            ),
            quiz(
                single(
                    "What does the double empathy problem describe?",
                    [
                        "Autistic people lack empathy",
                        "* Misunderstanding between autistic and non-autistic people runs both ways",
                        "Teachers need twice as much empathy for autistic pupils",
                        "Autistic people feel emotions twice as strongly",
                    ],
                    "Milton's idea shifts responsibility: communication difficulties are mutual, so "
                    "adults must adapt too.",
                ),
                multiple(
                    "Which are reasonable adjustments that may help an autistic pupil?",
                    [
                        "* Warning in advance about a change of teacher",
                        "* A visual timetable",
                        "* Extra time to process a question",
                        "Repeating instructions louder and faster",
                    ],
                    "Predictability, visual support and processing time help. Louder and faster "
                    "increases sensory and processing load.",
                ),
                single(
                    "An autistic pupil covers their ears and starts rocking during a noisy group "
                    "activity. What should you do first?",
                    [
                        "Tell them to join in",
                        "Give a sanction for not working",
                        "* Reduce demands and offer a quieter space or ear defenders",
                        "Ask them to explain what is wrong in front of the group",
                    ],
                    "These are early signs of overwhelm. Reducing stimulation and demands helps "
                    "prevent a meltdown; talk about it later when they are calm.",
                ),
            ),
        ),
    ],
}

CONTENT["cpd-mindfulness-staff-wellbeing"] = {
    "summary": "Learn simple mindfulness practices for busy school days, understand what the "
    "evidence does and does not show, and look at wellbeing as something schools organise as well "
    "as something individuals do.",
    "description": "<p>Mindfulness for staff is part of the Northamptonshire model. This short module "
    "from the Kingsthorpe alliance introduces practices you can use in a minute between lessons, "
    "explains the evidence honestly, and looks at the organisational side of wellbeing: workload, "
    "support and the DfE's education staff wellbeing charter.</p>",
    "outcomes": [
        "Explain what mindfulness is and what the evidence suggests about its benefits.",
        "Use short mindfulness practices during the school day.",
        "Identify the organisational causes of stress and how schools can reduce them.",
        "Know where to find further support.",
    ],
    "audiences": [
        "teacher",
        "teaching_assistant",
        "support_staff",
        "middle_leader",
        "senior_leader",
        "headteacher",
        "early_years",
    ],
    "delivery_mode": "online",
    "framework_codes": [(TS, "TS8")],
    "lessons": [
        lesson(
            "What mindfulness is",
            25,
            text(
                "Mindfulness means paying attention, on purpose, to what is happening in the present "
                "moment (thoughts, feelings, body sensations, surroundings) with curiosity rather "
                "than judgement. It is a trainable skill: the mind wanders, you notice, and you "
                "bring it back, again and again.",
                "Structured programmes such as mindfulness-based stress reduction and "
                "mindfulness-based cognitive therapy have been studied widely. NICE recommends "
                "mindfulness-based cognitive therapy for some adults at risk of recurrent "
                "depression. For school staff, courses can help with stress and wellbeing, though "
                "results vary and not everyone finds mindfulness helpful.",
            ),
            heading("Be honest about the evidence"),
            text(
                "A large UK trial (MYRIAD) found that a universal mindfulness course taught to "
                "secondary pupils was no more effective for their mental health than the school's "
                "usual social and emotional teaching. Mindfulness is not a cure-all, and it is not a "
                "substitute for dealing with the causes of stress. Offer it as a choice, never an "
                "expectation, and never as the answer to excessive workload.",
            ),
            heading("A one-minute practice: the three-step breathing space"),
            text(
                steps(
                    "<strong>Notice:</strong> sit or stand still. Ask: what is going on for me right "
                    "now? Notice thoughts, feelings and body sensations, without trying to change "
                    "them.",
                    "<strong>Gather:</strong> bring your attention to the breath, feeling each in- "
                    "and out-breath in the belly.",
                    "<strong>Expand:</strong> widen your attention to the whole body and the room, "
                    "then carry on with your day.",
                ),
            ),
            text(
                "Other short practices staff find useful: a mindful walk to the next lesson, "
                "noticing each footstep; pausing to feel your feet on the floor before you open the "
                "classroom door; taking three slow breaths before replying to a difficult email; or "
                "a longer body scan at home. Regular short practice tends to help more than "
                "occasional long sessions.",
            ),
            reflection(
                "Try the breathing space before your next lesson or meeting. What did you notice, "
                "and did it make any difference?",
                "There is no right answer. Noticing that your mind was racing is itself the "
                "practice.",
            ),
        ),
        lesson(
            "Wellbeing is organised, too",
            25,
            text(
                "Individual practices help, but most stress in schools comes from workload, "
                "behaviour, accountability and change. The DfE's education staff wellbeing charter "
                "sets out commitments for schools and the department, including taking workload "
                "into account in decisions, giving staff a voice, and supporting mental health.",
                "Questions leaders can ask about any new initiative:",
                bullets(
                    "What will staff stop doing to make room for it?",
                    "Does data collection happen only as often as it is used?",
                    "Is marking and feedback policy meaningful and manageable?",
                    "Are emails and messages outside working hours expected, or only sent?",
                    "Do staff know how to raise concerns and get support?",
                ),
            ),
            info(
                "Where to get help",
                "Education Support is a charity that runs a free, confidential helpline for "
                "education staff. Many schools also offer an employee assistance programme. If you "
                "are struggling, talk to your line manager or GP early.",
            ),
            tip(
                "Small, shared habits",
                "Teams that protect a lunch break, agree a 'no email after 6pm' norm, or start "
                "meetings with a minute of quiet often find it changes the culture more than "
                "individual courses.",
            ),
            quiz(
                single(
                    "Which best describes mindfulness?",
                    [
                        "Emptying the mind of all thoughts",
                        "* Paying attention to the present moment with curiosity rather than "
                        "judgement",
                        "Positive thinking",
                        "A form of relaxation that always reduces stress",
                    ],
                    "Mindfulness is about noticing, not emptying the mind or forcing positive "
                    "thoughts. It may or may not feel relaxing.",
                ),
                single(
                    "What did the MYRIAD trial find about universal classroom mindfulness for "
                    "secondary pupils?",
                    [
                        "It greatly improved pupils' mental health",
                        "* It was no more effective than usual social and emotional teaching",
                        "It harmed pupils' attainment",
                        "It worked only for boys",
                    ],
                    "The trial is a reminder to be honest about evidence and to treat mindfulness as "
                    "one option among others.",
                ),
                multiple(
                    "Which are organisational steps that support staff wellbeing?",
                    [
                        "* Considering workload before introducing an initiative",
                        "* Giving staff a voice in decisions",
                        "Requiring all staff to attend mindfulness sessions",
                        "* Collecting data only as often as it is used",
                    ],
                    "Wellbeing depends on how work is organised. Compulsory mindfulness misses the "
                    "point and can feel like blaming staff for stress.",
                ),
            ),
        ),
    ],
}

CONTENT["cpd-coaching-and-mentoring"] = {
    "summary": "Develop the skills to coach and mentor colleagues: contracting, listening, powerful "
    "questions, the GROW model and knowing when to advise and when to ask.",
    "description": "<p>Coaching and mentoring for staff is part of the Northamptonshire model, and "
    "most teachers will mentor a trainee or early-career teacher. This module from the Rushden "
    "Riverside alliance builds the core skills for both roles and helps you choose between coaching "
    "and mentoring approaches in a conversation.</p>",
    "outcomes": [
        "Distinguish coaching from mentoring and choose the approach a situation needs.",
        "Contract clearly at the start of a coaching or mentoring relationship.",
        "Use active listening and open questions to help a colleague think.",
        "Structure a conversation with the GROW model and agree actions.",
    ],
    "audiences": ["teacher", "middle_leader", "senior_leader", "early_years"],
    "delivery_mode": "blended",
    "framework_codes": [(TS, "TS8"), (ITTECF, "ITTECF-8")],
    "lessons": [
        lesson(
            "Coaching or mentoring?",
            30,
            text(
                "<strong>Mentoring</strong> is a relationship in which a more experienced colleague "
                "supports someone's development, often at a career transition, sharing knowledge "
                "and advice and helping them navigate the school. <strong>Coaching</strong> is a "
                "structured conversation that helps a person think, set goals and find their own "
                "solutions; a coach may know less about the topic than the coachee.",
                "Most conversations move along a spectrum from directive (telling, advising, "
                "instructing) to non-directive (listening, reflecting, asking). A mentor of a "
                "trainee in their first week will be more directive; a coach of an experienced "
                "middle leader, much less. The skill is to choose deliberately, and to notice when "
                "you slip into telling because it is quicker.",
            ),
            heading("Contracting"),
            text(
                "Start every relationship by agreeing:",
                bullets(
                    "the purpose: what the colleague wants to get from it;",
                    "practicalities: how often, how long, where;",
                    "confidentiality and its limits (safeguarding, and any reporting to line "
                    "managers or induction tutors);",
                    "roles: who sets the agenda, whether you will give advice, how to say if it is "
                    "not working;",
                    "how you will review progress.",
                ),
            ),
            text(
                "Good mentors of trainees and early-career teachers combine both approaches. They "
                "model and explain practice, give precise feedback and set small, concrete targets, "
                "and they also ask questions that build the new teacher's own judgement, so that "
                "over time the new teacher needs the mentor less. They protect time for mentoring "
                "meetings, which are the first thing to be squeezed in a busy week.",
            ),
            info(
                "Mentoring in initial teacher training",
                "The national standards for school-based initial teacher training mentors describe "
                "the mentor's role in personal qualities, teaching, professionalism and "
                "self-development. Mentors of trainees and early-career teachers also follow their "
                "programme's training.",
            ),
            reflection(
                "Recall a conversation where a colleague asked for help. Where on the "
                "directive-to-non-directive spectrum were you, and was it the right place?",
                "Consider what the colleague needed: knowledge they did not have, or space to think "
                "through something they already knew.",
            ),
        ),
        lesson(
            "Listening, questions and GROW",
            35,
            text(
                "Good coaching depends on listening to understand, not to reply. Give full "
                "attention, let silences run, and reflect back what you hear ('So the Year 9 class "
                "is fine until the last 15 minutes?'). Summarising helps the other person hear their "
                "own thinking.",
                "Open questions help a colleague think: What is happening now? What have you tried? "
                "What would success look like? What is in your control? What else could you do? "
                "What will you do first? Avoid leading questions that hide advice ('Have you "
                "thought about a seating plan?').",
            ),
            heading("The GROW model"),
            text(
                bullets(
                    "<strong>Goal:</strong> What do you want to achieve, in this conversation and "
                    "beyond?",
                    "<strong>Reality:</strong> What is happening now? What evidence do you have?",
                    "<strong>Options:</strong> What could you do? What else? What would someone you "
                    "admire do?",
                    "<strong>Way forward:</strong> What will you do, by when? How committed are you, "
                    "on a scale of one to ten?",
                ),
                "GROW is a guide, not a script. Conversations often loop back: exploring reality "
                "may change the goal.",
            ),
            tip(
                "Ask permission before advising",
                "When advice would help, ask: 'I have an idea from my own experience. Would it be "
                "useful to hear it?' It keeps ownership with your colleague.",
            ),
            quiz(
                single(
                    "Which is the best open coaching question?",
                    [
                        "Have you tried a new seating plan?",
                        "* What have you already tried, and what happened?",
                        "Don't you think you should speak to the head of year?",
                        "Is it the class or is it you?",
                    ],
                    "It invites the colleague to think and share evidence. The others are closed, "
                    "leading or judgemental.",
                ),
                multiple(
                    "What should you agree when contracting?",
                    [
                        "* Confidentiality and its limits",
                        "* How often and where you will meet",
                        "* How you will review progress",
                        "The colleague's next performance management grade",
                    ],
                    "Contracting sets purpose, practicalities, confidentiality, roles and review. "
                    "Coaching should be kept separate from performance judgements.",
                ),
                single(
                    "What does the 'R' in GROW stand for?",
                    ["Results", "Resources", "* Reality", "Review"],
                    "Goal, Reality, Options, Way forward. Reality means the current situation, with "
                    "evidence.",
                ),
            ),
        ),
    ],
}

CONTENT["cpd-technology-for-learning"] = {
    "summary": "Use technology where it improves explanation, practice, assessment and access, and "
    "make sound decisions about new tools, including generative AI and data protection.",
    "description": "<p>From the Corby Lakes all-through alliance. Technology can help teachers "
    "explain, pupils practise and everyone get feedback faster, or it can distract and add "
    "workload. This module starts from learning, not devices, and covers accessibility, "
    "generative AI and keeping pupils' data and online activity safe.</p>",
    "outcomes": [
        "Evaluate a technology by how it will improve teaching and learning.",
        "Use technology to improve explanations, practice and feedback.",
        "Use accessibility features to remove barriers for pupils.",
        "Apply data protection, safeguarding and school policy to new tools, including AI.",
    ],
    "audiences": ["teacher", "early_career", "middle_leader", "teaching_assistant"],
    "delivery_mode": "online",
    "framework_codes": [(ITTECF, "ITTECF-4"), (ITTECF, "ITTECF-6"), (TS, "TS4")],
    "lessons": [
        lesson(
            "Start with learning",
            30,
            text(
                "The Education Endowment Foundation's guidance report on using digital technology "
                "recommends considering how technology will improve teaching and learning before "
                "introducing it, and identifies three areas where it can help: the quality of "
                "explanations and modelling, the impact of pupil practice, and assessment and "
                "feedback.",
                bullets(
                    "<strong>Explanations and modelling:</strong> a visualiser to show live how to "
                    "annotate a text or set out a calculation; an animation of particles that a "
                    "diagram cannot show.",
                    "<strong>Practice:</strong> retrieval quizzes with instant feedback; adaptive "
                    "practice for times tables or vocabulary.",
                    "<strong>Assessment and feedback:</strong> quick whole-class responses, "
                    "self-marking quizzes that show which questions most pupils got wrong.",
                ),
            ),
            heading("Avoid overload"),
            text(
                "Slides crowded with text that the teacher also reads aloud split pupils' attention. "
                "Keep slides sparse, put labels next to what they describe, and talk over images "
                "rather than paragraphs. New tools also have a learning cost: pupils' attention goes "
                "on the interface before the content. Introduce tools slowly and use a few well.",
            ),
            heading("Evaluating a tool"),
            text(
                bullets(
                    "What problem in teaching or learning does it solve, and for which pupils?",
                    "Is there evidence it helps, ideally from schools like ours?",
                    "What training do staff and pupils need, and what will it cost in time?",
                    "Does it work on the devices and connection pupils actually have, including at "
                    "home?",
                    "Has it been checked for data protection and accessibility?",
                    "How will we know, after a term, whether it has made a difference?",
                ),
            ),
            text(
                "A simple example: a short, self-marking retrieval quiz at the start of each lesson, "
                "on content from last week, last month and last term. Pupils get instant feedback; "
                "the teacher sees at a glance which questions most pupils got wrong and re-teaches "
                "those. The technology makes good practice quicker; it does not make it good.",
            ),
            tip(
                "Ask one question",
                "Before adopting any tool: what will pupils learn better, or what will I do better, "
                "because of this? If the answer is unclear, wait.",
            ),
            reflection(
                "Think of a technology you use often. Which of the three areas does it improve, and "
                "how do you know?",
                "Look for evidence in pupils' work or responses, not just engagement.",
            ),
        ),
        lesson(
            "Access, AI and keeping safe",
            30,
            text(
                "Built-in accessibility tools can remove barriers: text-to-speech and reading modes "
                "for pupils with reading difficulties, captions for deaf pupils and for everyone in "
                "a noisy room, magnification, dictation for pupils who find handwriting hard. Learn "
                "the features of the devices your school uses and show pupils how to use them "
                "independently.",
            ),
            heading("Generative AI"),
            text(
                "Generative AI tools can help teachers draft resources, examples and questions. The "
                "DfE's policy on generative AI in education says schools can use it where it helps, "
                "while protecting data, checking outputs and following age restrictions. In "
                "practice:",
                bullets(
                    "check everything it produces: it can be confidently wrong;",
                    "never enter pupils' personal data into tools your school has not approved;",
                    "follow your school's policy on pupils' use and on assessed work;",
                    "teach pupils how these tools work and their limits.",
                ),
            ),
            warning(
                "Data protection and safeguarding",
                "Personal data about pupils is protected by UK GDPR. Use only tools your school has "
                "approved (after a data protection impact assessment where needed). Online "
                "activity on school systems must be filtered and monitored; report anything "
                "concerning to the designated safeguarding lead.",
            ),
            quiz(
                multiple(
                    "According to the EEF guidance, in which areas can technology improve learning?",
                    [
                        "* Explanations and modelling",
                        "* Pupil practice",
                        "* Assessment and feedback",
                        "Replacing the teacher's subject knowledge",
                    ],
                    "Technology supports teaching; it does not replace the teacher's knowledge and "
                    "judgement.",
                ),
                single(
                    "A colleague wants to paste pupils' names and reports into a free AI tool to "
                    "write comments. What should you advise?",
                    [
                        "Go ahead if it saves time",
                        "Use initials instead of names and carry on",
                        "* Use only tools the school has approved for personal data, following its "
                        "policy",
                        "Ask the pupils for permission",
                    ],
                    "Pupils' personal data must only go into approved tools. Pseudonymising helps but "
                    "does not make an unapproved tool compliant.",
                ),
                single(
                    "Which slide design best supports pupils' attention?",
                    [
                        "A full paragraph of text that the teacher reads aloud",
                        "* A diagram with labels beside the parts, explained aloud",
                        "Animated transitions between every bullet point",
                        "Three images and two paragraphs on one slide",
                    ],
                    "Labels placed next to what they describe and spoken explanation avoid "
                    "splitting attention between text and speech.",
                ),
            ),
        ),
    ],
}

CONTENT["cpd-safeguarding-annual-update"] = {
    "summary": "Refresh your safeguarding knowledge each year: the signs of abuse, what to do with a "
    "concern, child-on-child abuse, online safety and the latest changes to Keeping children safe in "
    "education. Renew every 12 months.",
    "description": "<p>All school staff must receive regular safeguarding and child protection "
    "updates. This annual module, from the Nene Valley alliance, refreshes the essentials every "
    "adult in a school needs, in line with <em>Keeping children safe in education</em>. Read your "
    "school's child protection policy alongside it, and check the name of your designated "
    "safeguarding lead.</p>",
    "outcomes": [
        "Recognise the four categories of abuse and the signs that a child may need help.",
        "Respond to a disclosure or concern and record it accurately.",
        "Explain child-on-child abuse, online risks and the duty to report concerns about adults.",
        "Know your school's procedures and the role of the designated safeguarding lead.",
    ],
    "audiences": ["teacher", "teaching_assistant", "support_staff", "early_years", "early_career"],
    "delivery_mode": "online",
    "framework_codes": [(TS, "TS-P2"), (TS, "TS8"), (ITTECF, "ITTECF-8")],
    "lessons": [
        lesson(
            "Recognising and responding",
            30,
            text(
                "Everyone who works with children has a responsibility to keep them safe. "
                "<em>Keeping children safe in education</em> (KCSIE) asks all staff to maintain an "
                "attitude of <strong>'it could happen here'</strong> and to act in the best "
                "interests of the child. All staff should read at least part one of KCSIE, and it is "
                "updated most years, usually each September.",
                "There are four categories of abuse:",
                bullets(
                    "<strong>physical abuse:</strong> hitting, shaking, burning or otherwise causing "
                    "physical harm;",
                    "<strong>emotional abuse:</strong> persistent emotional maltreatment, such as "
                    "making a child feel worthless or frightened, or seeing others mistreated;",
                    "<strong>sexual abuse:</strong> forcing or enticing a child to take part in "
                    "sexual activities, including online;",
                    "<strong>neglect:</strong> persistent failure to meet a child's basic needs.",
                ),
                "Signs may include unexplained injuries, changes in behaviour or mood, being "
                "withdrawn or aggressive, poor hygiene, hunger, frequent absence, or sexual "
                "knowledge or behaviour inappropriate for the child's age. Mental health problems can "
                "be a sign that a child has suffered, or is at risk of, abuse.",
            ),
            heading("If a child tells you"),
            text(
                steps(
                    "Listen calmly; let them speak in their own words.",
                    "Do not promise to keep it secret. Explain you will need to tell someone who "
                    "can help.",
                    "Do not ask leading questions or investigate. 'Tell me more' is enough.",
                    "Reassure them they have done the right thing.",
                    "Tell the designated safeguarding lead (DSL) straight away, or a deputy if the "
                    "DSL is not available.",
                    "Record what was said and seen, in the child's words, with date, time and your "
                    "signature, on the school's system.",
                ),
                "Anyone can make a referral to children's social care. If a child is in immediate "
                "danger, call the police on 999.",
            ),
            warning(
                "Female genital mutilation",
                "Teachers have a legal duty to report to the police any case where they discover that "
                "FGM appears to have been carried out on a girl under 18. Tell the DSL as well.",
            ),
            reflection(
                "Who is your school's DSL, and who are the deputies? Where and how do you record a "
                "concern, and when did you last check?",
                "If you are not sure, find out today. Minutes matter when a child is at risk.",
            ),
        ),
        lesson(
            "Child-on-child abuse, online safety and concerns about adults",
            30,
            text(
                "Children can abuse other children. Child-on-child abuse includes bullying "
                "(including cyberbullying), physical abuse, sexual violence and sexual harassment, "
                "the sharing of nude or semi-nude images, and initiation or hazing. Staff should "
                "never dismiss it as 'banter' or 'part of growing up', and should challenge sexist "
                "and derogatory language. Abuse may be happening even when no one has reported it.",
            ),
            heading("Online safety"),
            text(
                "KCSIE groups online risks into four areas:",
                bullets(
                    "<strong>content:</strong> harmful material such as pornography, self-harm or "
                    "extremist content;",
                    "<strong>contact:</strong> harmful interaction with others, such as grooming;",
                    "<strong>conduct:</strong> a child's own behaviour that causes harm, such as "
                    "sharing images;",
                    "<strong>commerce:</strong> risks such as online gambling, scams and "
                    "inappropriate advertising.",
                ),
                "Schools must have appropriate filtering and monitoring of their systems. If you see "
                "something concerning, or filtering is failing, report it.",
            ),
            heading("Concerns about adults"),
            text(
                "If you are concerned about the behaviour of a member of staff, volunteer or "
                "contractor, tell the headteacher (or, if the concern is about the headteacher, the "
                "chair of governors or the trust's named person). Low-level concerns, behaviour that "
                "is not consistent with the staff code of conduct but does not meet the harm "
                "threshold, should also be shared, so patterns can be seen. If you feel your concern "
                "has not been acted on, use the whistleblowing procedure; the NSPCC runs a "
                "whistleblowing advice line.",
            ),
            quiz(
                multiple(
                    "Which are the four categories of abuse?",
                    ["* Physical", "* Emotional", "* Sexual", "* Neglect", "Financial"],
                    "KCSIE names physical, emotional and sexual abuse and neglect. Financial abuse "
                    "is a concern for adults at risk rather than one of these four categories.",
                ),
                single(
                    "A pupil says, 'I'll tell you something if you promise not to tell anyone.' What "
                    "do you say?",
                    [
                        "'I promise.'",
                        "'Then don't tell me.'",
                        "* 'I can't promise that, but I will only tell people who can help.'",
                        "'Tell your parents instead.'",
                    ],
                    "Never promise confidentiality. Be honest, keep listening, and pass the concern "
                    "to the DSL.",
                ),
                single(
                    "Which of KCSIE's four areas of online risk does grooming belong to?",
                    ["Content", "* Contact", "Conduct", "Commerce"],
                    "Grooming is harmful contact from another person. Content is material seen, "
                    "conduct is the child's own behaviour, commerce covers gambling and scams.",
                ),
                multiple(
                    "Which should you share under your school's low-level concerns policy?",
                    [
                        "* A colleague who often takes photos of pupils on a personal phone",
                        "* A volunteer who regularly arranges to be alone with one child",
                        "A colleague who is often late to meetings",
                        "* A member of staff who makes sexualised jokes in front of pupils",
                    ],
                    "Low-level concerns are about behaviour towards children that breaks the code of "
                    "conduct. Lateness is a management issue, not a safeguarding one.",
                ),
            ),
        ),
    ],
}
