"""The default topic catalogue offered when a database is initialised.

Names follow the national first-level content classes of petitions (信访内容分类);
``national_class_code`` holds our two-digit number of that class, which an organiser
can change to the local code list in the set-up station.
"""

from __future__ import annotations

from app.services.setup_data import TopicDraft

DEFAULT_TOPICS: tuple[TopicDraft, ...] = (
    TopicDraft("land", "土地征收与拆迁", "01", 20.0),
    TopicDraft("urban", "城乡建设与住房", "02", 18.0),
    TopicDraft("labour", "劳动和社会保障", "03", 15.0),
    TopicDraft("safety_env", "安全生产与环境保护", "04", 15.0),
    TopicDraft("agri", "农林水利", "05", 15.0),
    TopicDraft("transport", "交通基础设施", "06", 12.0),
    TopicDraft("law", "涉法涉诉", "07", 20.0, is_legal_related=True),
    TopicDraft("discipline", "基层组织与党风廉政", "08", 18.0),
    TopicDraft("civil", "民政与社会救助", "09", 12.0),
    TopicDraft("health", "卫生健康", "10", 12.0),
    TopicDraft("education", "教育文体", "11", 12.0),
    TopicDraft("enterprise", "企业改制与经济管理", "12", 15.0),
    TopicDraft("veterans", "退役军人事务", "13", 15.0),
    TopicDraft("public_security", "治安与户籍", "14", 12.0),
    TopicDraft("other", "其他", "99", 12.0, is_general=True),
)
