META
key;value
budget;10
vote_type;approval
rule;equalshares/add1
PROJECTS
project_id;cost;votes;name
a;6;3;"A; the ""big"" one"
b;4;2;B
c;4;2;C
VOTES
voter_id;vote
1;a,b
2;a,b
3;a,c
4;c
