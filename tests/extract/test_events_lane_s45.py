"""Meetings and visits on real news (session 45, lane `events`). Sentences written for these tests."""

from tests.extract.shapes import named_relations


def _of(got, rtype):
    return {(s, o) for s, t, o in got if t == rtype}


def test_a_guest_warmly_received_by_a_host_meets_him():
    # a manner adverb between the auxiliary and the participle keeps the guest before it the one received
    got = _of(named_relations("Kenyan President William Ruto was warmly received by President Yoweri Museveni "
                              "at Entebbe on Tuesday.", "en", "2023-05-02"), "meets")
    assert ("Yoweri Museveni", "William Ruto") in got, got


def test_a_guest_and_his_delegation_received_by_a_host_meet_him():
    # "X and his delegation were received by Y": the companions stand between the guest and the verb
    got = _of(named_relations("Kenyan President William Ruto and his delegation were received by President "
                              "Yoweri Museveni at Entebbe on Tuesday.", "en", "2023-05-02"), "meets")
    assert ("Yoweri Museveni", "William Ruto") in got, got


def test_a_warm_welcome_accorded_to_a_guest_is_a_meeting():
    got = _of(named_relations("President Yoweri Museveni accorded a warm welcome to President William Ruto on "
                              "his arrival at Entebbe airport.", "en", "2023-05-02"), "meets")
    assert ("Yoweri Museveni", "William Ruto") in got, got


def test_a_ministers_visit_to_a_state_is_his_not_that_states_ministers_ar():
    # «زيارة وزير خارجية قطر إلى السودان»: Sudan after «إلى» is where the Qatari minister goes, not a second
    # owner of his title (before: Sudan's foreign minister was found in the title too, and nobody visited)
    got = named_relations("وأوضح المتحدث أن زيارة وزير خارجية قطر إلى السودان هذا الأسبوع تندرج ضمن جهود الوساطة.",
                          "ar", "2023-05-02")
    assert ("Mohammed bin Abdulrahman Al Thani", "Sudan") in _of(got, "visits"), got
    assert not any(s == "Ali al-Sadiq" or o == "Ali al-Sadiq" for s, _, o in got), got
