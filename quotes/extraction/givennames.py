"""Common given names by gender: a hint for "he" and "she" when no title says it.

Data only, lower case; a name on both lists (or on neither) says nothing.
"""

from typing import Final

from .lexicon import words

FEMALE_NAMES = words(
    """
    mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa
    betty margaret sandra ashley kimberly emily donna michelle dorothy carol amanda
    melissa deborah stephanie rebecca sharon laura cynthia kathleen amy angela shirley
    anna ana brenda pamela emma nicole helen samantha katherine christine debra rachel
    carolyn janet catherine maria heather diane ruth julie olivia joyce virginia
    victoria kelly lauren christina joan evelyn judith megan andrea cheryl hannah
    jacqueline martha gloria teresa ann sara madison frances kathryn janice jean
    abigail alice judy sophia grace denise amber doris marilyn danielle beverly
    isabella theresa diana natalie brittany charlotte marie kayla alexis lori
    kamala hillary nancy ursula angela theresa liz priti suella yvette rachel
    bridget kemi jacinda giorgia marine annalena olena yulia svetlana olga natalia
    tatiana irina elena ekaterina anastasia oksana iryna kateryna sofia sophie
    chloe lucy ella mia amelia isla ava jessica ellie freya poppy ruby lily holly
    fatima aisha amina leila layla mariam noor zainab sana priya ananya deepika
    salma mei ling yuki keiko hana sakura ines isabel carmen lucia pilar elena paula marta
    claire camille chloe manon lea juliette agnes beatrice giulia francesca chiara
    greta ingrid astrid sigrid freja nadia mette magdalena agnieszka katarzyna
    joanna aleksandra monika ewa anne annette birgit sabine petra ilse heike
    jane joanne louise nicola fiona kirsty gemma harriet imogen georgia rosie kate
    katie kathy beth becky jo jill jenny gillian alison shona morag siobhan niamh
    aoife ciara mairead roisin orla taylor serena venus simone naomi coco iga aryna
    marta ada rose rosa beatriz gabriela mariana fernanda valentina daniela camila
    yasmin zara zoe abby tina tracy wendy sheila pauline jacqui hazel maureen eileen
    sally penny molly nina vera eva ida alma ellen nora clara hilary penelope
    miriam esther deborah tamar shira noa michal dana kristi kristen kirsten
    tulsi marjorie lauren alexandria elise ilhan rashida pramila
    leisha lisha alicia alison allison amelia angelina anita annie april arlene audrey
    barbra belinda bernadette bonnie brianna bridget brooke caitlin candace carla carly
    carmen caroline cassandra cecilia celeste charlene charlotte cheryl christina claudia
    colleen connie constance courtney crystal dawn deanna debbie delia diana dolores
    dora edith edna eleanor elaine eliza ella ellie elsie emilia erica erin estelle
    ethel eugenia faith felicity florence gail geraldine gina gretchen gwen
    gwendolyn harriet heidi helena henrietta hope ingrid irene iris isabel ivy jackie
    jade janelle janet janine jasmine jeanette jeanne jenna jennie jessie joan joanna
    jocelyn josephine joy juanita julia juliet june justine kara karin katrina kay
    kendra kristina kristin lana latoya leah lillian lily linda lindsay
    lisa loretta lorraine louisa lucille lydia lynn mabel madeline mae maggie mandy
    marcia margaret margo marian marianne marion marla marsha maxine melanie melinda
    meredith mildred mindy miranda mona muriel myra nadine nancy natasha nellie nichole
    noelle norma olive paige patsy patty paula pearl peggy phyllis priscilla regina
    renee rhonda rita roberta robyn rochelle rosalind rosemary roxanne ruby sabrina
    sadie samantha selena selma shannon sharon sheryl shelby sonia sonya stacy stella
    stephanie susie suzanne sylvia tamara tammy tanya teresa terri thelma tonya tricia
    trisha valerie vanessa veronica vicki vickie victoria viola violet vivian wanda
    whitney wilma yolanda yvonne
    """
)
MALE_NAMES: Final = words(
    """
    james robert john michael william david richard joseph thomas charles christopher
    daniel matthew anthony mark donald steven paul andrew joshua kenneth kevin brian
    george timothy ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan
    stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick
    raymond jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter
    kyle ethan walter noah jeremy christian keith roger terry gerald harold sean
    austin carl arthur lawrence dylan jesse jordan bryan billy joe bruce gabriel logan
    albert willie alan juan wayne elijah randy roy vincent ralph eugene russell bobby
    mason philip louis boris keir rishi volodymyr vladimir dmitry dmitri sergei sergey
    andriy andrii oleksandr oleksiy mykhailo yuriy yuri ivan igor oleg alexei alexey
    mikhail nikolai viktor petro denys denis rustem kyrylo valerii valery friedrich
    olaf emmanuel francois jean pierre jacques nicolas michel olivier jean-luc
    jean-marie gabriel gerhard helmut wolfgang karl hans jurgen jürgen markus lars
    christoph matthias sebastian tobias florian moritz felix benedikt joachim frank-walter
    steve bill tom tim jim bob mike dave dan ben sam nick chris pat rob ted ed fred
    recep benjamin yair naftali yoav bibi bashar hassan hussein mohammed muhammad
    mohamed ahmed ahmad ali omar abdul abdullah khalid mahmoud ibrahim yusuf youssef
    hamid mustafa tariq imran nawaz narendra rahul amit arvind xi li wang zhang chen
    shinzo fumio yoshihide kim moon yoon justin joe barack donald mitt marco ron
    chuck mitch kevin hakeem lindsey ted rand elon jeff mark sundar satya tim warren
    lionel cristiano kylian erling harry mohamed jude bukayo marcus declan phil gareth
    pep jurgen jose mikel erik antonio carlo luis diego sergio xavi andres pedro pablo
    rafael carlos alejandro javier fernando manuel miguel francisco jorge ricardo
    eduardo roberto mario luigi giuseppe giovanni marco matteo lorenzo luca andrea
    silvio mario sven olof magnus anders jens henrik mikkel rasmus piotr pawel tomasz
    krzysztof andrzej jaroslaw donald lech viktor janos laszlo zoltan nigel jeremy
    michael ed ian iain gordon tony neil david hamish callum angus ewan ross craig
    liam conor sean ciaran eamon micheal leo enda hugh jamie lee wes rory kemal
    ahmet mehmet mustafa yevgeny yevgeniy evgeny alexander aleksandr anatoly boris
    gennady konstantin maxim nikita pavel roman ruslan stanislav timur vadim vasily
    vitaly vyacheslav yaroslav zakhar valeriy kyle travis cody derek shane wade clint
    dwayne lebron kobe stephen kevin tiger rory novak rafael roger andy carlos jannik
    daniil alexander stefanos casper
    barry brendan marty allen alvin andre angelo archie armando arnold barney bart
    bernard bert bradley brent brett byron calvin cameron cecil chad chester clarence
    claude clifford clifton clyde colin conrad curtis dale dallas damian damon darrell
    darren daryl dean desmond dominic don donnie duane dustin earl edgar edmund edwin
    elliott elmer emmett ernest ernie everett floyd forrest francis franklin fraser
    freddie frederick garrett gavin gene geoffrey gilbert glen glenn gordon graham
    grant greg gus guy harvey herbert herman homer horace howard hubert irving isaac
    jacques jake jared jay jeffery jerome jimmy joel johnny jon jonah josh julian
    julius kurt lance leon leonard leroy lester lewis lloyd lonnie lucas luke
    lyle malcolm marcel marion martin marvin maurice max melvin merle milton mitchell
    morris murray myron nathaniel ned neville noel norman oliver orlando oscar otis
    owen percy perry preston quentin ralph randall reginald rex rick ricky rodney
    roland ronnie rudolph rudy rufus russ salvatore seth sidney simon spencer stanley
    stuart sylvester terrence theodore toby todd tommy trevor troy tyrone vernon victor
    wallace warren wendell wilbur wilfred willard winston zachary
    """
)
